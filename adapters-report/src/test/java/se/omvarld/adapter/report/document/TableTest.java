package se.omvarld.adapter.report.document;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.omvarld.domain.report.ReportLanguage;

class TableTest {

    @Test
    void a_row_with_a_missing_cell_is_refused() {
        assertThatThrownBy(() -> Table.of("Projekt", List.of(Column.text("Namn"), Column.count("Antal")),
                List.of(List.of(Cell.text("Aktiv ungdom")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 of table Projekt has 1 cells for 2 columns");
    }

    @Test
    void a_cell_of_another_kind_than_its_column_is_refused() {
        assertThatThrownBy(() -> Table.of("Projekt", List.of(Column.count("Antal")),
                List.of(List.of(Cell.text("tre")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row 1 of table Projekt: column Antal holds INTEGER, not TEXT");
    }

    @Test
    void two_sections_with_one_id_are_refused() {
        Section first = Section.of("projects", "Projekt", new Paragraph("a"));
        Section second = Section.of("projects", "Projekt igen", new Paragraph("b"));
        assertThatThrownBy(() -> ReportDocument.of("Sammanställning", ReportLanguage.SWEDISH,
                List.of(first, second), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report Sammanställning has two sections with id projects");
    }
}
