package gradflow.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import gradflow.ui.explain.TexText.Segment;
import org.junit.jupiter.api.Test;

class TexTextTest {

  @Test
  void inlineMathIsSeparatedFromTheProseAroundIt() {
    assertThat(TexText.parse("the matrix $W_h$ decides"))
        .containsExactly(
            new Segment("text", "the matrix "),
            new Segment("inline", "W_h"),
            new Segment("text", " decides"));
  }

  @Test
  void doubleDollarsMakeADisplayedFormula() {
    assertThat(TexText.parse("so $$c_t = f_t c_{t-1}$$ holds"))
        .containsExactly(
            new Segment("text", "so "),
            new Segment("display", "c_t = f_t c_{t-1}"),
            new Segment("text", " holds"));
  }

  @Test
  void aLineBreakStartsANewParagraphAndBlankLinesDoNotStack() {
    assertThat(TexText.parse("one\n\ntwo\n"))
        .containsExactly(
            new Segment("text", "one"), new Segment("paragraph", ""), new Segment("text", "two"));
  }

  @Test
  void anEscapedDollarIsADollarAndOpensNoFormula() {
    assertThat(TexText.parse("costs \\$5")).containsExactly(new Segment("text", "costs $5"));
    assertThat(TexText.isBalanced("costs \\$5")).isTrue();
  }

  @Test
  void aDollarInsideTexDoesNotCloseTheFormula() {
    assertThat(TexText.parse("$a \\$ b$")).containsExactly(new Segment("inline", "a \\$ b"));
  }

  @Test
  void anUnclosedFormulaIsUnbalancedAndShownAsWritten() {
    assertThat(TexText.isBalanced("the $W_h of")).isFalse();
    assertThat(TexText.isBalanced("$$W_h$")).isFalse();
    assertThat(TexText.parse("the $W_h of")).containsExactly(new Segment("text", "the $W_h of"));
  }

  @Test
  void inlineMathDoesNotRunAcrossALineBreak() {
    assertThat(TexText.isBalanced("a $x\ny$ b")).isFalse();
  }

  @Test
  void thePlainTextKeepsTheTexSourcesForReadersWithoutMath() {
    assertThat(TexText.plain(TexText.parse("grows like $\\rho^\\ell$.\nThen")))
        .isEqualTo("grows like \\rho^\\ell.\nThen");
  }
}
