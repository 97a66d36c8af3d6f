package gradflow.ui.live;

import java.util.List;

/**
 * A chart point that carries its own tooltip lines, computed on the server (see {@link
 * PointRules#pointLabelTooltips()}).
 */
record LabelledPoint(double x, double y, List<String> label) {}
