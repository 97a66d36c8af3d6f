package gradflow.ui;

import gradflow.ui.compare.ComparePanel;

/** The one region of compare mode, titled like the playground's regions. */
class CompareRegion extends Region {
  CompareRegion(ComparePanel panel) {
    super("compare-region", ComparePanel.heading());
    add(panel);
  }
}
