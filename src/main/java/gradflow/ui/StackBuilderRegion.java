package gradflow.ui;

import com.vaadin.flow.component.html.Paragraph;

/** Where the student builds the stack: layers, cells, connections and initialisation. */
class StackBuilderRegion extends Region {

  StackBuilderRegion() {
    super("stack-builder", "1. Build a stack");
    add(
        new Paragraph(
            "Choose the layers (vanilla RNN, LSTM, GRU or feed-forward), how they are joined (plain, residual,"
                + " DenseNet-style or highway) and how their weights start out."));
  }
}
