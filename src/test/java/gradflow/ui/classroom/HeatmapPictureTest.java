package gradflow.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gradflow.classroom.Heatmap;
import gradflow.ui.chart.ColorMap;
import gradflow.ui.live.HeatmapView;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class HeatmapPictureTest {

  @Test
  void aCardsColoursAreTheLiveHeatmapsViridisStopsAtTheEndsAndTheMiddle() {
    assertThat(HeatmapPicture.colour(-12, -12, 0)).isEqualTo(0x440154);
    assertThat(HeatmapPicture.colour(0, -12, 0)).isEqualTo(0xfde725);
    // Ten stops: a third of the range is stop 3 exactly.
    assertThat(HeatmapPicture.colour(-8, -12, 0)).isEqualTo(0x31688e);
    // Halfway between stops 4 (#26828e) and 5 (#1f9e89), rounded half up as the JS module does.
    assertThat(HeatmapPicture.colour(-6, -12, 0))
        .isEqualTo(ColorMap.VIRIDIS.rgb(0.5))
        .isEqualTo((0x23 << 16) | (0x90 << 8) | 0x8c);
  }

  @Test
  void nanInfinityAndAnExactZeroTakeTheChartsColoursOutsideTheMap() {
    assertThat(HeatmapPicture.colour(Double.NaN, -8, 0)).isEqualTo(0xff2d95);
    assertThat(HeatmapPicture.colour(Double.POSITIVE_INFINITY, -8, 0)).isEqualTo(0xffffff);
    assertThat(HeatmapPicture.colour(Double.NEGATIVE_INFINITY, -8, 0)).isEqualTo(0x000000);
    // Beyond the range: the end colours, as the live heatmap clamps.
    assertThat(HeatmapPicture.colour(-30, -8, 0)).isEqualTo(0x440154);
  }

  @Test
  void eachCardIsDrawnRelativeToItsNearEndAsTheLiveHeatmapsRelativeView() {
    double[][] grid = {{1e-9, 1e-5, 1e-3}, {2e-4, 5e-3, 4e-2}};
    double[][] depth = {{3.0}, {0.5}, {0.1}};

    for (double[][] g : List.of(grid, depth)) {
      double[][] live = HeatmapView.relative(g);
      double[][] card = HeatmapPicture.relative(Heatmap.of(g));
      for (int r = 0; r < g.length; r++) {
        for (int c = 0; c < g[r].length; c++) {
          assertThat(card[r][c]).isCloseTo(Math.log10(live[r][c]), within(1e-12));
        }
      }
    }
  }

  @Test
  void theGallerysCardsShareOneRangeSoRunsOfAnySizeCompareByTheirFade() {
    // A run that fades nine decades with a loss of 1, one that grows four with a loss of 10^16.
    var faded = Heatmap.of(new double[][] {{1e-9, 1e-5, 1}});
    var exploded = Heatmap.of(new double[][] {{1e20, 1e18, 1e16}});
    var flat = Heatmap.of(new double[][] {{0.3, 0.3, 0.3}});

    double[] range = HeatmapPicture.range(List.of(faded, exploded, flat));

    assertThat(range).containsExactly(-9.0, 4.0);
    int fadedFar = HeatmapPicture.colour(HeatmapPicture.relative(faded)[0][0], -9, 4);
    int explodedFar = HeatmapPicture.colour(HeatmapPicture.relative(exploded)[0][0], -9, 4);
    int nearEnd = HeatmapPicture.colour(HeatmapPicture.relative(flat)[0][0], -9, 4);
    assertThat(fadedFar).isEqualTo(0x440154);
    assertThat(explodedFar).isEqualTo(0xfde725);
    assertThat(nearEnd)
        .isEqualTo(HeatmapPicture.colour(HeatmapPicture.relative(faded)[0][2], -9, 4))
        .isEqualTo(ColorMap.VIRIDIS.rgb(9 / 13.0));
    // At most twelve decades either side, and at least one, so a flat gallery sits mid-map.
    assertThat(HeatmapPicture.range(List.of(flat))).containsExactly(-1.0, 1.0);
    var lost = Heatmap.of(new double[][] {{1e-40, 1}});
    assertThat(HeatmapPicture.range(List.of(lost))).containsExactly(-12.0, 1.0);
  }

  @Test
  void aDivergedRunsCardIsNanWhereItsNearEndIsNotFinite() {
    var diverged = Heatmap.of(new double[][] {{1, 2, Double.NaN}});

    assertThat(HeatmapPicture.relative(diverged)[0]).containsOnly(Double.NaN);
    assertThat(HeatmapPicture.colour(Double.NaN, -1, 1)).isEqualTo(0xff2d95);
  }

  @Test
  void thePictureIsAPngWithSixPixelsPerCellAndTheTopLayerOnTop() throws Exception {
    // Depth task: the bottom layer 10^-8 of the top one.
    var map = Heatmap.of(new double[][] {{1e-8}, {1}});

    String url = HeatmapPicture.dataUrl(map, -8, 0);

    assertThat(url).startsWith("data:image/png;base64,");
    var image =
        ImageIO.read(
            new ByteArrayInputStream(
                Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
    assertThat(image.getWidth()).isEqualTo(HeatmapPicture.CELL);
    assertThat(image.getHeight()).isEqualTo(2 * HeatmapPicture.CELL);
    assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0xfde725);
    assertThat(image.getRGB(0, image.getHeight() - 1) & 0xffffff).isEqualTo(0x440154);
  }
}
