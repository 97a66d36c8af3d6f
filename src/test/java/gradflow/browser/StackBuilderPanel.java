package gradflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Page object of the left side of the playground: the lessons, the stack builder (layers,
 * connection, initialisation, diagram) and the task and training controls. Layers count from 1, as
 * the page shows them.
 */
public final class StackBuilderPanel {
  private final Page page;

  StackBuilderPanel(Page page) {
    this.page = page;
  }

  public StackBuilderPanel addLayer() {
    int before = layerCount();
    page.locator("#add-layer").click();
    page.waitForFunction(
        "n => document.querySelectorAll('#layer-cards .gf-layer').length > n", before);
    return this;
  }

  /** Presses "Add a layer" until the stack has this many layers, waiting for each. */
  public StackBuilderPanel addLayersUntil(int layers) {
    while (layerCount() < layers) {
      addLayer();
    }
    return this;
  }

  public boolean canAddLayer() {
    return page.locator("#add-layer").isEnabled();
  }

  /** The words beside "Add a layer", once they show: why no more layers can be added. */
  public String addLayerLimit() {
    page.locator("#add-layer-limit").waitFor();
    return page.locator("#add-layer-limit").innerText();
  }

  /** The width the diagram's picture takes on the page, in CSS pixels. */
  public double diagramWidth() {
    return ((Number)
            page.locator("#stack-diagram-picture svg")
                .evaluate("svg => svg.getBoundingClientRect().width"))
        .doubleValue();
  }

  /** The narrowest layer box the diagram draws, in the picture's own units. */
  public double narrowestDiagramBox() {
    return ((Number)
            page.evaluate(
                "() => Math.min(...[...document.querySelectorAll('#stack-diagram-picture svg"
                    + " g[data-layer] rect')].map(r => r.width.baseVal.value))"))
        .doubleValue();
  }

  /** Moves a layer one place towards the input with the keyboard, and waits for the redraw. */
  public StackBuilderPanel moveTowardsInputByKeyboard(int layer) {
    String cellBefore = diagramCellOf(layer);
    page.locator("#layer-" + (layer - 1) + "-to-input").focus();
    page.keyboard().press("Enter");
    page.waitForFunction(
        "([i, c]) => document.querySelector(`#stack-diagram-picture g[data-layer='${i}']`)"
            + ".getAttribute('data-cell') === c",
        java.util.List.of(layer - 2, cellBefore));
    return this;
  }

  /** The id of the element that has the keyboard focus. */
  public String focusedId() {
    return (String) page.evaluate("() => document.activeElement?.id ?? ''");
  }

  public StackBuilderPanel removeLayer(int layer) {
    int before = layerCount();
    page.locator("#layer-" + (layer - 1) + "-remove").click();
    page.waitForFunction(
        "n => document.querySelectorAll('#layer-cards .gf-layer').length < n", before);
    return this;
  }

  public int layerCount() {
    return page.locator("#layer-cards .gf-layer").count();
  }

  public StackBuilderPanel chooseCell(int layer, String cellName) {
    return choose("#layer-" + (layer - 1) + "-cell", cellName);
  }

  public StackBuilderPanel chooseConnection(String name) {
    return choose("#connection", name);
  }

  public StackBuilderPanel chooseTask(String name) {
    return choose("#task-kind", name);
  }

  /** Types into a layer's hidden-units field and leaves it, as a student would. */
  public StackBuilderPanel typeHidden(int layer, String text) {
    return type("#layer-" + (layer - 1) + "-hidden", text);
  }

  public StackBuilderPanel type(String fieldSelector, String text) {
    Locator input = page.locator(fieldSelector + " input");
    input.fill(text);
    input.press("Tab");
    return this;
  }

  public String hiddenErrorOf(int layer) {
    return errorOf("#layer-" + (layer - 1) + "-hidden");
  }

  /** The inline error message under a field, once the field shows itself invalid. */
  public String errorOf(String fieldSelector) {
    page.locator(fieldSelector + "[invalid]").waitFor();
    return page.locator(fieldSelector + " [slot='error-message']").innerText();
  }

  /** The helper line under a field, where gentle notes appear; waits until there is one. */
  public String noteOf(String fieldSelector) {
    Locator helper = page.locator(fieldSelector + " [slot='helper']");
    helper.waitFor();
    return helper.innerText();
  }

  public boolean isInvalid(String fieldSelector) {
    return page.locator(fieldSelector + "[invalid]").count() > 0;
  }

  /** The value a field shows: the input's text for a number field, the chosen item for a menu. */
  public String valueOf(String fieldSelector) {
    Locator field = page.locator(fieldSelector);
    String tag = (String) field.evaluate("el => el.localName");
    return switch (tag) {
      case "vaadin-select" -> field.locator("vaadin-select-value-button").innerText().strip();
      case "vaadin-checkbox" -> String.valueOf(field.evaluate("el => el.checked"));
      default -> field.locator("input").inputValue();
    };
  }

  /** Chooses a lesson and waits until the server has loaded it (its explanation changes). */
  public StackBuilderPanel loadLesson(String title) {
    String before = lessonExplanation();
    choose("#lesson", title);
    page.waitForFunction("t => " + EXPLANATION + " !== t", before);
    return this;
  }

  /** The "The math" panel of the loaded lesson. */
  public ExplanationPanel lessonMath() {
    return new ExplanationPanel(page.locator("#lesson-math"));
  }

  /** The "The math" panel of layer {@code index}'s cell: its equations and paper. */
  public ExplanationPanel cellMath(int index) {
    return new ExplanationPanel(page.locator("#layer-" + index + "-math"));
  }

  /** The loaded lesson's explanation; empty, and not even on the page, before any lesson. */
  public String lessonExplanation() {
    return (String) page.evaluate("() => " + EXPLANATION);
  }

  private static final String EXPLANATION =
      "(document.querySelector('#lesson-explanation:not([hidden])')?.innerText ?? '')";

  /** The boxes the diagram draws, one per layer. */
  public int diagramLayerCount() {
    return page.locator("#stack-diagram-picture svg g[data-layer]").count();
  }

  public int diagramSkipCount() {
    return page.locator("#stack-diagram-picture svg .gf-skip").count();
  }

  public String diagramCellOf(int layer) {
    return page.locator("#stack-diagram-picture svg g[data-layer='" + (layer - 1) + "']")
        .getAttribute("data-cell");
  }

  public String diagramDescription() {
    return page.locator("#stack-diagram-picture").getAttribute("aria-label");
  }

  /** The spec as the page would submit it, from the JSON view under the training controls. */
  public String specJson() {
    return page.locator("#spec-json").textContent();
  }

  /** The problems listed under the controls (those no single control shows); waits for one. */
  public String problems() {
    page.locator("#problems li").first().waitFor();
    return page.locator("#problems").innerText();
  }

  public String taskNote() {
    return page.locator("#task-note").innerText();
  }

  /** Waits until the page's JSON view contains the text, i.e. the server has applied the edit. */
  public StackBuilderPanel awaitSpecContaining(String text) {
    // Spaces aside: the view indents the JSON.
    page.waitForFunction(
        "t => document.querySelector('#spec-json').textContent.replace(/\\s/g, '')"
            + ".includes(t.replace(/\\s/g, ''))",
        text);
    return this;
  }

  private StackBuilderPanel choose(String selectSelector, String itemText) {
    page.locator(selectSelector).click();
    // Every menu keeps its items in the page (only the open one's are visible), and shows a copy
    // of the chosen item in its button, outside the list box.
    page.locator("vaadin-select-list-box vaadin-select-item:visible")
        .filter(new Locator.FilterOptions().setHasText(itemText))
        .first()
        .click();
    page.waitForFunction(
        "([sel, t]) => document.querySelector(sel + ' vaadin-select-value-button')"
            + ".innerText.includes(t)",
        java.util.List.of(selectSelector, itemText));
    // Screenshots should not catch the menu fading out.
    page.waitForFunction(
        "() => !document.querySelector('vaadin-select[opened]') && !document.querySelector('[closing]')");
    return this;
  }
}
