package gradflow.experiment;

import java.util.List;

/**
 * Everything about specs in one place, for the run, the REST API and the UI: the settings table for
 * the configured limits, reading (JSON or link code) with full validation, writing, and the starter
 * spec.
 *
 * <pre>{@code
 * SpecResult r = specs.read(requestBody);          // never throws
 * if (!r.isValid()) return badRequest(r.errors()); // each names field, value and what is allowed
 * Task task = r.spec().task().create();
 * String code = SpecUrl.encode(r.spec());          // for a share link; specs.readLink(code) reads it back
 * }</pre>
 */
public final class Specs {
  private final SettingsTable table;
  private final SpecJson json;
  private final SpecUrl url;
  private final SpecValidator validator;

  public Specs(SpecLimits limits) {
    this.table = SettingsTable.of(limits);
    this.json = new SpecJson(table);
    this.url = new SpecUrl(json);
    this.validator = new SpecValidator(table);
  }

  /** The settings table, with the configured limits as its ranges: build UI controls from it. */
  public SettingsTable table() {
    return table;
  }

  public SpecValidator validator() {
    return validator;
  }

  /** Parses and validates a JSON spec: errors from both, warnings when it may run. */
  public SpecResult read(String jsonText) {
    return complete(json.parse(jsonText));
  }

  /** Parses and validates a JSON request body as it arrived (checks its size and UTF-8 too). */
  public SpecResult read(byte[] jsonBytes) {
    return complete(json.parse(jsonBytes));
  }

  /** Decodes and validates a share-link code from {@link SpecUrl#encode}. */
  public SpecResult readLink(String code) {
    return complete(url.decode(code));
  }

  /** Validates a spec built in code (e.g. by the UI's controls). */
  public SpecResult check(ExperimentSpec spec) {
    return complete(new SpecResult(spec, List.of(), List.of()));
  }

  public String toJson(ExperimentSpec spec) {
    return SpecJson.write(spec);
  }

  public String toLink(ExperimentSpec spec) {
    return SpecUrl.encode(spec);
  }

  /**
   * The spec a new page starts from: a vanilla RNN on the adding problem, every other setting at
   * its table default.
   */
  public ExperimentSpec starter() {
    return json.parse("{\"task\": {\"kind\": \"adding\"}, \"layers\": [{\"cell\": \"rnn\"}]}")
        .orElseThrow();
  }

  private SpecResult complete(SpecResult parsed) {
    if (parsed.spec() == null || !parsed.errors().isEmpty()) {
      return parsed;
    }
    List<Violation> errors = validator.validate(parsed.spec());
    List<Violation> warnings = validator.warnings(parsed.spec());
    return new SpecResult(parsed.spec(), errors, warnings);
  }
}
