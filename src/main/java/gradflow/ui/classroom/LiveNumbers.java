package gradflow.ui.classroom;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import gradflow.classroom.Dashboard;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The room and the machine in numbers: who is here, what runs, what was refused, and how many more
 * runs the server takes, with a warning when that is fewer than the students waiting to train.
 */
final class LiveNumbers extends ClassBox {
  private final Map<String, DescriptionList.Description> values = new LinkedHashMap<>();
  private final DescriptionList list = new DescriptionList();
  private final Paragraph warning = new Paragraph();

  LiveNumbers() {
    super("class-numbers", ClassText.t("teach.numbers.heading"));
    for (String key :
        new String[] {"students", "connected", "active", "queued", "refused", "kept", "headroom"}) {
      var value = new DescriptionList.Description();
      value.setId("number-" + key);
      values.put(key, value);
      list.add(new DescriptionList.Term(ClassText.t("teach.numbers." + key)), value);
    }
    list.addClassName("gf-numbers-list");
    warning.setId("headroom-warning");
    warning.addClassName("gf-notice");
    warning.setVisible(false);
    add(list, warning);
  }

  void show(Dashboard d) {
    set("students", Integer.toString(d.students()));
    set("connected", Integer.toString(d.connected()));
    set("active", Integer.toString(d.runsActive()));
    set("queued", Integer.toString(d.runsQueued()));
    set("refused", Long.toString(d.runsRefused()));
    set("kept", ClassText.t("teach.numbers.ofMax", d.runsKept(), d.maxRuns()));
    set(
        "headroom",
        ClassText.t(
            "teach.numbers.server", d.serverHeadroom(), d.serverActive(), d.serverQueued()));
    boolean tight = d.runsRefused() > 0 || d.serverHeadroom() < d.connected();
    warning.setText(tight ? ClassText.t("teach.numbers.tight") : "");
    warning.setVisible(tight);
  }

  private void set(String key, String text) {
    values.get(key).setText(text);
  }
}
