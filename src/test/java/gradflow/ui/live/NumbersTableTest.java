package gradflow.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.NativeTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTableTest {

  private static NumbersTable.Content content(String... firstColumn) {
    return new NumbersTable.Content(
        "caption",
        List.of("a", "b"),
        java.util.Arrays.stream(firstColumn).map(v -> List.of(v, "x")).toList());
  }

  @Test
  void aClosedTableIsNotWrittenAndOpeningItWritesTheLatestNumbers() {
    var numbers = new NumbersTable("Show the numbers");
    var table = (NativeTable) numbers.getContent();

    numbers.show(content("1", "2"));
    assertThat(table.getBody().getRowCount()).isZero();

    numbers.setOpen(true);
    numbers.show(content("3", "4", "5"));

    assertThat(table.getBody().getRowCount()).isEqualTo(3);
    assertThat(table.getBody().getRow(2).orElseThrow().getDataCells().get(0).getText())
        .isEqualTo("5");
    assertThat(table.getHead().getRow(0).orElseThrow().getHeaderCells()).hasSize(2);
    assertThat(table.getCaptionText()).isEqualTo("caption");
  }

  @Test
  void rowsAreReusedWhenTheNumbersChange() {
    var numbers = new NumbersTable("Show the numbers");
    numbers.setOpen(true);
    var table = (NativeTable) numbers.getContent();
    numbers.show(content("1", "2", "3"));
    var firstRow = table.getBody().getRow(0).orElseThrow();

    numbers.show(content("7", "8"));

    assertThat(table.getBody().getRowCount()).isEqualTo(2);
    assertThat(table.getBody().getRow(0).orElseThrow()).isSameAs(firstRow);
    assertThat(firstRow.getDataCells().get(0).getText()).isEqualTo("7");
  }

  @Test
  void numbersPrintFourSignificantDigitsAndNonFiniteValuesByName() {
    assertThat(Numbers.format(0.123456)).isEqualTo("0.1235");
    assertThat(Numbers.format(1.5e-7)).isEqualTo("1.500e-07");
    assertThat(Numbers.format(Double.NaN)).isEqualTo("NaN");
    assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("+Infinity");
    assertThat(Numbers.format(0)).isEqualTo("0");
    assertThat(Numbers.format(-0.25)).isEqualTo("−0.2500");
  }
}
