package se.omvarld.adapter.http;

import com.google.common.collect.ImmutableList;
import se.omvarld.domain.twintown.TwinTownRow;

/** Reads a twin-town list in the layout of the shipped one ({@code city1,country1,city2,country2}). */
public interface TwinTownFiles {

    /**
     * The rows of the file, in order.
     *
     * @throws IllegalArgumentException naming the line and the reason, when the file is not such a list
     */
    ImmutableList<TwinTownRow> read(String file, byte[] csv);
}
