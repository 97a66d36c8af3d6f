package gradflow.ui.live;

import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A chart's text alternative: a closed {@code <details>} that opens on a table of the numbers the
 * chart draws, so that a screen reader or a keyboard user gets every value. The table is written
 * only while the details are open: a closed one costs nothing at a live chart's update rate.
 */
public final class NumbersTable extends NativeDetails {

  /** A table's worth of text: column headers and rows of cells, already formatted. */
  public record Content(String caption, List<String> headers, List<List<String>> rows) {}

  private final NativeTable table = new NativeTable();
  private Content content = new Content("", List.of(), List.of());
  private Content written;

  public NumbersTable(String summary) {
    super(summary);
    addClassName("gf-numbers");
    setContent(table);
    addToggleListener(event -> writeIfOpen());
  }

  /** Shows these numbers now if the details are open, or when they are opened. */
  public void show(Content content) {
    this.content = content;
    writeIfOpen();
  }

  Content content() {
    return content;
  }

  private void writeIfOpen() {
    if (!isOpen() || content == written) {
      return;
    }
    written = content;
    table.setCaptionText(content.caption());
    table.getHead().removeAllRows();
    var head = table.getHead().addRow();
    for (String header : content.headers()) {
      head.addHeaderCell().setText(header);
    }
    var body = table.getBody();
    // Rows are reused and only their text changes: a live table then costs text updates, not DOM.
    while (body.getRowCount() > content.rows().size()) {
      body.removeRow((int) body.getRowCount() - 1);
    }
    for (int r = 0; r < content.rows().size(); r++) {
      var cells = content.rows().get(r);
      NativeTableRow row = r < body.getRowCount() ? body.getRow(r).orElseThrow() : body.addRow();
      var existing = row.getDataCells();
      if (existing.size() != cells.size()) {
        row.removeAll();
        for (String cell : cells) {
          row.addDataCell().setText(cell);
        }
      } else {
        for (int c = 0; c < cells.size(); c++) {
          existing.get(c).setText(cells.get(c));
        }
      }
    }
  }
}
