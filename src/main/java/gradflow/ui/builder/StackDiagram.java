package gradflow.ui.builder;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.engine.CellKind;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.LayerSpec;
import java.util.List;
import java.util.Locale;

/**
 * A small picture of the stack, left to right from the input: one box per layer, coloured by cell,
 * and the skip connections as arcs above them. An inline SVG built here, redrawn whole on every
 * change (a few kilobytes at most), with a sentence per layer for screen readers.
 *
 * <p>Many layers share the same width: past {@link #COMPACT_PITCH} each layer becomes a thin bar
 * with a hairline gap, one wire runs under the whole row instead of an arrow between every two
 * bars, and the skips are drawn faint, so that 64 layers read as a numbered band rather than a row
 * of arrowheads.
 */
final class StackDiagram extends Div {
  static final int WIDTH = 460;
  private static final int BOX_HEIGHT = 40;
  private static final int GAP = 8;
  private static final double WIDEST_BOX = 64;
  private static final int ARC_ROOM = 50;
  private static final int NUMBER_ROOM = 16;
  private static final int TERMINAL = 30;

  /** Below this distance from one layer to the next, the diagram is drawn compact. */
  private static final double COMPACT_PITCH = 24;

  /** The least room between two layer numbers under the boxes, so that they never touch. */
  private static final double NUMBER_SPACING = 24;

  private final Div picture = new Div();
  private final Paragraph legend = new Paragraph();

  StackDiagram() {
    setId("stack-diagram");
    addClassName("gf-diagram");
    picture.setId("stack-diagram-picture");
    picture.getElement().setAttribute("role", "img");
    legend.setId("stack-diagram-legend");
    legend.addClassName("gf-caption");
    add(picture, legend);
  }

  void show(ExperimentSpec spec) {
    picture.getElement().setProperty("innerHTML", svg(spec));
    picture.getElement().setAttribute("aria-label", describe(spec));
    legend.setText(BuilderText.connectionLegend(spec.connection().id()));
  }

  /** The text alternative: the connection, then one sentence per layer. */
  static String describe(ExperimentSpec spec) {
    var text =
        new StringBuilder(BuilderText.describeStack(spec.layers().size(), spec.connection().id()));
    List<LayerSpec> layers = spec.layers();
    for (int i = 0; i < layers.size(); i++) {
      LayerSpec l = layers.get(i);
      text.append(BuilderText.describeLayer(i, l.cell().id(), l.hidden(), option(l))).append(' ');
    }
    return text.toString().strip();
  }

  /**
   * The picture: the input, the layers and the output in a row, evenly spaced and centred; the
   * boxes carry {@code data-layer} and {@code data-cell}, the arcs {@code class="gf-skip"}.
   */
  static String svg(ExperimentSpec spec) {
    List<LayerSpec> layers = spec.layers();
    String connection = spec.connection().id();
    int nodes = layers.size() + 2; // the input, the layers, the output
    // The words "in" and "out" need their room however many layers share the rest.
    double pitch =
        Math.min(WIDEST_BOX + GAP, (double) (WIDTH - 2 * TERMINAL) / Math.max(1, layers.size()));
    // A fixed gap would leave a negative width past 50 layers: it shrinks with the pitch instead.
    double gap = Math.min(GAP, pitch / 4);
    double box = pitch - gap;
    double left = (WIDTH - layers.size() * pitch + gap) / 2 - TERMINAL;
    boolean roomy = box >= 44;
    boolean compact = pitch < COMPACT_PITCH;
    boolean arcs = !connection.equals("plain") && !layers.isEmpty();
    int top = arcs ? ARC_ROOM : 4;
    int height = top + BOX_HEIGHT + (roomy ? 4 : NUMBER_ROOM);
    var g = new Geometry(left, pitch, box, gap, top, compact);
    var svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\""
                + " aria-hidden=\"true\" focusable=\"false\">",
            WIDTH,
            height));
    svg.append(
        "<defs><marker id=\"gf-arrow\" viewBox=\"0 0 6 6\" refX=\"5\" refY=\"3\" markerWidth=\"5\""
            + " markerHeight=\"5\" orient=\"auto\"><path d=\"M0,0 L6,3 L0,6 z\""
            + " fill=\"#666\"/></marker></defs>");
    arcs(svg, connection, layers.size(), g);
    if (compact) {
      // One wire under the whole band: an arrowhead per hairline gap would hide the bars.
      line(svg, g.x(1) - GAP, g.x(nodes - 1), g.middle());
    }
    for (int n = 0; n < nodes; n++) {
      double x = g.x(n);
      if (n > 0 && !compact) {
        line(svg, x - g.gap(), x, g.middle());
      }
      if (n == 0 || n == nodes - 1) {
        text(
            svg,
            x + (TERMINAL - GAP) / 2.0,
            g.middle() + 4,
            12,
            "normal",
            n == 0 ? BuilderText.diagramInput() : BuilderText.diagramOutput());
      } else {
        layer(svg, g, n, layers.get(n - 1), roomy);
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Where things go: node n (0 the input) starts at x(n); boxes span [top, top + BOX_HEIGHT]. */
  private record Geometry(
      double left, double pitch, double box, double gap, int top, boolean compact) {
    double x(int node) {
      return node == 0 ? left : left + TERMINAL + (node - 1) * pitch;
    }

    /** Every how many layers a number goes under the boxes when they are too narrow for names. */
    int numberEvery() {
      return pitch * 5 >= NUMBER_SPACING ? 5 : 10;
    }

    double middle() {
      return top + BOX_HEIGHT / 2.0;
    }
  }

  private static void arcs(StringBuilder svg, String connection, int layers, Geometry g) {
    switch (connection) {
      case "residual", "highway" -> {
        // Around each layer: from the wire before it to the wire after it.
        for (int i = 1; i <= layers; i++) {
          double from = g.x(i) - g.gap() / 2.0;
          if (g.compact()) {
            faintArc(svg, from, from + g.pitch(), g.top(), Math.min(24, 4 + 2 * g.pitch()));
          } else {
            arc(svg, from, from + g.pitch(), g.top(), 24, connection.equals("highway"));
          }
        }
      }
      case "dense" -> {
        // Every earlier output (the input's included) into every later layer, past the plain wire;
        // fainter the more there are, so that thirty layers read as a fan, not a blot. Compact,
        // the fan from the input and the fan into the top layer stand for all of them: every
        // pair would be thousands of arcs, one grey smear.
        boolean many = layers > 6;
        for (int target = 2; target <= layers; target++) {
          for (int source = 0; source < target - 1; source++) {
            if (g.compact() && source != 0 && target != layers) {
              continue;
            }
            double from = g.x(source) + (source == 0 ? (TERMINAL - GAP) / 2.0 : g.box() * 0.6);
            double to = g.x(target) + g.box() * 0.4;
            double lift = Math.min(ARC_ROOM - 4, 10 + 6 * (target - source));
            if (many) {
              faintArc(svg, from, to, g.top(), lift);
            } else {
              arc(svg, from, to, g.top(), lift, false);
            }
          }
        }
      }
      default -> {}
    }
  }

  private static void arc(
      StringBuilder svg, double from, double to, double y, double lift, boolean dashed) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<path class=\"gf-skip\" d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\""
                + " stroke=\"#1a5fb4\" stroke-width=\"1.5\" stroke-opacity=\"0.75\"%s"
                + " marker-end=\"url(#gf-arrow)\"/>",
            from,
            y,
            from,
            y - lift,
            to,
            y - lift,
            to,
            y,
            dashed ? " stroke-dasharray=\"4 3\"" : ""));
  }

  private static void faintArc(StringBuilder svg, double from, double to, double y, double lift) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<path class=\"gf-skip\" d=\"M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"none\""
                + " stroke=\"#1a5fb4\" stroke-width=\"0.5\" stroke-opacity=\"0.25\"/>",
            from,
            y,
            from,
            y - lift,
            to,
            y - lift,
            to,
            y));
  }

  private static void line(StringBuilder svg, double from, double to, double y) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#666\" stroke-width=\"1.5\""
                + " marker-end=\"url(#gf-arrow)\"/>",
            from,
            y,
            to,
            y));
  }

  private static void layer(StringBuilder svg, Geometry g, int node, LayerSpec l, boolean roomy) {
    int index = node - 1;
    double x = g.x(node);
    String cell = l.cell().id();
    svg.append(
        String.format(
            Locale.ROOT,
            "<g data-layer=\"%d\" data-cell=\"%s\"><title>%s</title><rect x=\"%.1f\" y=\"%d\""
                + " width=\"%.1f\" height=\"%d\" rx=\"%.1f\" fill=\"%s\" fill-opacity=\"0.3\""
                + " stroke=\"%s\" stroke-width=\"1.5\"/>",
            index,
            cell,
            BuilderText.describeLayer(index, cell, l.hidden(), option(l)),
            x,
            g.top(),
            g.box(),
            BOX_HEIGHT,
            // Rounded like the roomy boxes, but a thin bar stays a bar, not a pill.
            Math.min(4, g.box() / 4),
            colour(cell),
            colour(cell)));
    if (roomy) {
      text(svg, x + g.box() / 2, g.top() + 17, 12, "bold", BuilderText.cellShort(cell));
      text(svg, x + g.box() / 2, g.top() + 32, 11, "normal", String.valueOf(l.hidden()));
    }
    svg.append("</g>");
    if (!roomy && (index == 0 || (index + 1) % g.numberEvery() == 0)) {
      // Too narrow for names: number the first and every fifth (or tenth) box below, so a student
      // can count.
      text(
          svg, x + g.box() / 2, g.top() + BOX_HEIGHT + 12, 10, "normal", String.valueOf(index + 1));
    }
  }

  private static void text(
      StringBuilder svg, double x, double y, int size, String weight, String s) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"%d\" font-weight=\"%s\""
                + " fill=\"#222\">%s</text>",
            x,
            y,
            size,
            weight,
            s));
  }

  /** Okabe–Ito colours, told apart with colour-blindness too; roomy boxes are also labelled. */
  private static final List<String> COLOURS =
      List.of("#E69F00", "#0072B2", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442");

  /** One colour per cell kind, in the order of {@link CellKind}. */
  private static String colour(String cell) {
    return COLOURS.get(CellKind.parse(cell).ordinal() % COLOURS.size());
  }

  private static String option(LayerSpec l) {
    return BuilderText.layerOption(
        l.activation() == null ? null : l.activation().id(), l.forgetGate(), l.forgetBias());
  }
}
