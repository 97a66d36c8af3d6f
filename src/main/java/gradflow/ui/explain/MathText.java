package gradflow.ui.explain;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/**
 * Prose with TeX in it, typeset by KaTeX in the browser: {@code $...$} inline, {@code $$...$$}
 * displayed, a line break between paragraphs (see {@link TexText}).
 *
 * <p>The server splits the source and sends the pieces as a list, so the browser never has to guess
 * which dollar opens a formula and prose stays plain text. KaTeX writes MathML next to its visual
 * output, which is what a screen reader reads; a formula KaTeX cannot parse is shown as its source
 * in red instead of breaking the page.
 */
@Tag("gradflow-math")
@NpmPackage(value = "katex", version = MathText.KATEX_VERSION)
@JsModule("./explain/gradflow-math.js")
public class MathText extends Component implements HasStyle {

  static final String KATEX_VERSION = "0.19.1";

  private String source = "";

  public MathText() {
    addClassName("gf-math");
  }

  public MathText(String source) {
    this();
    setSource(source);
  }

  public void setSource(String source) {
    this.source = source == null ? "" : source;
    getElement().setPropertyList("segments", segments());
  }

  public String getSource() {
    return source;
  }

  /** The pieces the browser typesets, in order. */
  List<TexText.Segment> segments() {
    return TexText.parse(source);
  }
}
