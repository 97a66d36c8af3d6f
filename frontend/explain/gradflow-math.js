// <gradflow-math>: prose with TeX typeset by KaTeX.
//
// The server sets `segments`, a list of {kind, text}: `text` is prose, `inline` and `display` are TeX,
// `paragraph` starts a new paragraph. Only the TeX goes through KaTeX, so prose is never mistaken for math.
// The element renders into its light DOM, so KaTeX's stylesheet (bundled by Vite with its fonts) applies.
import katex from 'katex';
import 'katex/dist/katex.min.css';

const OPTIONS = {
  throwOnError: false, // a bad formula shows its source in errorColor rather than an empty panel
  errorColor: '#b00020',
  // The HTML is for the eye (aria-hidden); the MathML beside it is what a screen reader reads.
  output: 'htmlAndMathml',
  strict: 'ignore',
  trust: false,
};

class GradflowMath extends HTMLElement {
  constructor() {
    super();
    this._segments = [];
  }

  connectedCallback() {
    // Flow may have set the property before this class was defined: take it over from the instance.
    if (Object.prototype.hasOwnProperty.call(this, 'segments')) {
      const early = this.segments;
      delete this.segments;
      this.segments = early;
    } else if (!this.hasAttribute('data-rendered')) {
      this._render();
    }
  }

  set segments(value) {
    this._segments = Array.isArray(value) ? value : [];
    this._render();
  }

  get segments() {
    return this._segments;
  }

  _render() {
    const fragment = document.createDocumentFragment();
    let paragraph = null;
    const currentParagraph = () => {
      if (!paragraph) {
        paragraph = document.createElement('p');
        fragment.appendChild(paragraph);
      }
      return paragraph;
    };
    let formulas = 0;
    let skip = 0; // characters of the next text segment already glued to the formula before it
    for (let n = 0; n < this._segments.length; n++) {
      const segment = this._segments[n];
      if (segment.kind === 'paragraph') {
        paragraph = null;
      } else if (segment.kind === 'display') {
        const block = document.createElement('div');
        block.className = 'gf-math-display';
        katex.render(segment.text, block, { ...OPTIONS, displayMode: true });
        fragment.appendChild(block);
        paragraph = null;
        formulas++;
      } else if (segment.kind === 'inline') {
        const span = document.createElement('span');
        span.className = 'gf-math-inline';
        katex.render(segment.text, span, { ...OPTIONS, displayMode: false });
        // Punctuation right after a formula stays on its line: a lone "." starting a line reads as a typo.
        const next = this._segments[n + 1];
        const glued = next && next.kind === 'text' ? next.text.match(/^[.,;:!?)\]]+/) : null;
        if (glued) {
          span.appendChild(document.createTextNode(glued[0]));
          skip = glued[0].length;
        }
        currentParagraph().appendChild(span);
        formulas++;
      } else {
        currentParagraph().appendChild(document.createTextNode(segment.text.slice(skip)));
      }
      if (segment.kind !== 'inline') {
        skip = 0;
      }
    }
    this.replaceChildren(fragment);
    // Lets tests and styles know that typesetting is done, and how much of it there was.
    this.setAttribute('data-rendered', String(formulas));
  }
}

if (!customElements.get('gradflow-math')) {
  customElements.define('gradflow-math', GradflowMath);
}
