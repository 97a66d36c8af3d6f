package gradflow.ui.compare;

import gradflow.experiment.Choice;
import gradflow.experiment.ExperimentSpec;
import gradflow.experiment.LayerSpec;
import gradflow.ui.i18n.I18n;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One line on what a side trains, e.g. "1 × lstm 32 (forget bias 1) · plain · xavier · adam 0.01 ·
 * clip 1", so that the one thing that differs between A and B can be read without opening either
 * form. Each word comes from {@code compare.summary.*} in the page's language; the feed-forward
 * cell is called so, never "dense", which a student would take for the DenseNet connection.
 */
public final class SpecSummary {
  private SpecSummary() {}

  /** The task in words, e.g. "Adding problem, length 50", in the page's language. */
  public static String task(ExperimentSpec spec) {
    var kind = spec.task().kind();
    String name =
        gradflow.ui.i18n.I18n.find(gradflow.ui.i18n.I18n.current(), "task." + kind.id() + ".label")
            .orElse(kind.label());
    return gradflow.ui.i18n.I18n.t("share.taskLength", name, spec.task().length());
  }

  public static String of(ExperimentSpec spec) {
    var counts = new LinkedHashMap<String, Integer>();
    spec.layers().forEach(l -> counts.merge(layer(l), 1, Integer::sum));
    String layers =
        counts.entrySet().stream()
            .map(e -> e.getValue() + " × " + e.getKey())
            .collect(Collectors.joining(", "));
    var t = spec.training();
    return layers
        + " · "
        + word("connection", spec.connection())
        + " · "
        + word("init", spec.init().scheme())
        + (spec.init().spectralRadius() == null ? "" : " ρ " + num(spec.init().spectralRadius()))
        + " · "
        + word("optimizer", t.optimizer())
        + " "
        + num(t.learningRate())
        + " · "
        + (t.clipNorm() == null
            ? I18n.t("compare.summary.noClip")
            : I18n.t("compare.summary.clip", num(t.clipNorm())))
        + " · "
        + I18n.t("compare.summary.steps", t.steps());
  }

  /** A layer with the settings its cell has (the others are null in a read spec). */
  private static String layer(LayerSpec l) {
    String cell = word("cell", l.cell()) + " " + l.hidden();
    if (Boolean.FALSE.equals(l.forgetGate())) {
      return cell + I18n.t("compare.summary.noForgetGate");
    }
    if (l.forgetBias() != null) {
      return cell + I18n.t("compare.summary.forgetBias", num(l.forgetBias()));
    }
    return l.activation() == null ? cell : cell + " " + word("activation", l.activation());
  }

  /** A choice's short name in the summary, e.g. "feed-forward" for the cell {@code dense}. */
  private static String word(String kind, Choice choice) {
    return I18n.t("compare.summary." + kind + "." + choice.id());
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%s", v == Math.rint(v) ? String.valueOf((long) v) : v);
  }
}
