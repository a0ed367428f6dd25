package se.omvarld.domain.policy;

/**
 * V-Dem's Regimes of the World class of a country in a year: the country assessment that rule R2 consults.
 */
public enum RegimeClass {
    CLOSED_AUTOCRACY(0),
    ELECTORAL_AUTOCRACY(1),
    ELECTORAL_DEMOCRACY(2),
    LIBERAL_DEMOCRACY(3);

    private final int code;

    RegimeClass(int code) {
        this.code = code;
    }

    /** V-Dem's numeric class, 0 to 3. */
    public int code() {
        return code;
    }

    public static RegimeClass ofCode(int code) {
        for (RegimeClass c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        throw new IllegalArgumentException("regime class must be 0 to 3, was " + code);
    }
}
