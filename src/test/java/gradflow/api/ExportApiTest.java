package gradflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export downloads over HTTP, for a live run and a saved experiment: each file comes as an
 * attachment with its own type and a name that says which experiment it is, probes.json is exactly
 * the probe list the API answers (so the export package's copy of the probe JSON cannot drift from
 * ProbeJson), and unknown files, runs and slugs are JSON 404s.
 */
class ExportApiTest extends ApiTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aRunsFilesComeAsAttachmentsAndProbesJsonIsTheApisProbeList() {
    String id = api.post("/api/runs", linearRnn(0.9, 20)).json().get("id").asString();
    JsonNode run = api.awaitEnd(id);
    String base = "/api/runs/" + id + "/export/";
    String name = "gradflow-run-" + id.substring(0, 8) + "-";

    ApiClient.Answer probes = api.get(base + "probes.json");
    assertThat(probes.status()).isEqualTo(200);
    assertThat(probes.contentType()).startsWith("application/json");
    assertThat(probes.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"" + name + "probes.json\"");
    assertThat(probes.json()).isEqualTo(api.get("/api/runs/" + id + "/probes").json());
    assertThat(probes.json()).hasSize(3);

    ApiClient.Answer script = api.get(base + "train.py");
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.contentType()).startsWith("text/x-python").containsIgnoringCase("utf-8");
    assertThat(script.header("Content-Disposition")).endsWith(name + "train.py\"");
    assertThat(script.response().body()).startsWith("#!/usr/bin/env python3");

    ApiClient.Answer csv = api.get(base + "probes.csv");
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.response().body().lines().findFirst()).hasValue("step,layer,t,quantity,value");
    // 3 probes of one RNN layer over 30 steps: 3 network numbers, 30 hiddenGrad, 1 weightGrad, 1
    // spectral radius each, and the derivations: 30 stepWeightGrad, 30 step gains and their bound,
    // the depth gain and its bound
    assertThat(csv.response().body().lines().count())
        .isEqualTo(1 + 3 * (3 + 30 + 1 + 1 + (30 + 30 + 1 + 2)));

    ApiClient.Answer spec = api.get(base + "spec.json");
    assertThat(spec.contentType()).startsWith("application/json");
    assertThat(spec.json()).isEqualTo(run.get("spec"));

    JsonNode weights = api.get(base + "weights.json").json();
    assertThat(weights.get("layers").get(0).get("Wh")).hasSize(16);
    assertThat(weights.get("readout").get("Wo")).hasSize(16);
    JsonNode batch = api.get(base + "batch.json").json();
    assertThat(batch.get("inputs")).hasSize(30);
  }

  @Test
  void aSavedExperimentsFilesHoldItsRecordedProbes() {
    String id = api.post("/api/runs", linearRnn(0.5, 10)).json().get("id").asString();
    api.awaitEnd(id);
    String slug = api.post("/api/experiments?runId=" + id, "").json().get("slug").asString();
    JsonNode saved = api.get("/api/experiments/" + slug).json();
    String base = "/api/experiments/" + slug + "/export/";

    ApiClient.Answer probes = api.get(base + "probes.json");
    assertThat(probes.status()).isEqualTo(200);
    assertThat(probes.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"gradflow-" + slug + "-probes.json\"");
    assertThat(probes.json()).isEqualTo(saved.get("results").get("probes"));

    String csv = api.get(base + "probes.csv").response().body();
    String firstLoss = saved.get("results").get("probes").get(0).get("loss").asString();
    assertThat(csv.lines()).contains("0,,,loss," + Double.parseDouble(firstLoss));

    assertThat(JSON.readTree(api.get(base + "spec.json").response().body()))
        .isEqualTo(saved.get("spec"));
    assertThat(api.get(base + "train.py").response().body()).contains(slug);
  }

  @Test
  void aSpecSavedAloneExportsNoProbes() {
    String slug = api.post("/api/experiments", linearRnn(0.9, 5)).json().get("slug").asString();

    ApiClient.Answer csv = api.get("/api/experiments/" + slug + "/export/probes.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.response().body()).isEqualTo("step,layer,t,quantity,value\n");
    assertThat(api.get("/api/experiments/" + slug + "/export/probes.json").json()).isEmpty();
  }

  @Test
  void unknownFilesRunsAndSlugsAreJson404s() {
    String slug = api.post("/api/experiments", linearRnn(0.9, 5)).json().get("slug").asString();

    ApiClient.Answer noFile = api.get("/api/experiments/" + slug + "/export/model.onnx");
    assertThat(noFile.status()).isEqualTo(404);
    assertThat(noFile.json().toString()).contains("train.py");
    assertThat(api.get("/api/experiments/nosuchslug0000000000000/export/train.py").status())
        .isEqualTo(404);
    ApiClient.Answer noRun = api.get("/api/runs/00000000-0000-0000-0000-000000000000/export/x");
    assertThat(noRun.status()).isEqualTo(404);
    assertThat(noRun.contentType()).startsWith("application/json");
  }
}
