package org.semanticinpaint.engine.texture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The synthesis on small seeded canvases: two classes of grain, a dark one (mean 0.2, std 0.03) left and a bright,
 * coarser one (mean 0.8, std 0.12) right, with a square hole across both.
 */
class TextureSynthesisTest {

	static final int W = 96, H = 96, X0 = 28, X1 = 68;

	static Canvas twoClasses(boolean labels, boolean guide, float guideValue) {
		Random r = new Random(3);
		float[] px = new float[W * H];
		boolean[] known = new boolean[W * H], fill = new boolean[W * H];
		byte[] lab = new byte[W * H];
		for (int i = 0; i < px.length; i++) {
			int x = i % W, y = i / W;
			lab[i] = (byte) (x < W / 2 ? 0 : 1);
			px[i] = (float) (lab[i] == 0 ? 0.2 + 0.03 * r.nextGaussian() : 0.8 + 0.12 * r.nextGaussian());
			fill[i] = x >= X0 && x < X1 && y >= X0 && y < X1;
			known[i] = !fill[i];
			if (fill[i]) px[i] = guideValue;
		}
		return new Canvas(new Canvas.Layout(W, H, 1), px, known, fill, labels ? lab : null, guide ? px.clone() : null);
	}

	/** Mean and standard deviation of the result over the hole's pixels of one class side. */
	static double[] stats(float[] out, boolean left) {
		double s = 0, q = 0;
		int n = 0;
		for (int y = X0; y < X1; y++)
			for (int x = X0; x < X1; x++) {
				if ((x < W / 2) != left) continue;
				s += out[y * W + x];
				q += out[y * W + x] * out[y * W + x];
				n++;
			}
		double m = s / n;
		return new double[] { m, Math.sqrt(q / n - m * m) };
	}

	@Test
	void eachClassGetsItsOwnGrainEvenUnderAFlatGuide() {
		float[] out = TextureSynthesis.fill(twoClasses(true, true, 0.5f), TextureParams.defaults());
		double[] left = stats(out, true), right = stats(out, false);
		assertEquals(0.2, left[0], 0.03, "dark class mean");
		assertEquals(0.8, right[0], 0.05, "bright class mean");
		// white noise loses some strength in the final vote where neighbours come from different places
		assertTrue(left[1] > 0.015 && left[1] < 0.04, "dark class grain " + left[1]);
		assertTrue(right[1] > 0.06 && right[1] < 0.14, "bright class grain " + right[1]);
		assertTrue(right[1] > 2 * left[1], "each class its own grain");
	}

	@Test
	void onlyPixelsToFillChangeAndEqualSeedsGiveEqualFills() {
		Canvas c = twoClasses(true, true, 0.5f);
		float[] a = TextureSynthesis.fill(c, TextureParams.defaults());
		float[] b = TextureSynthesis.fill(c, TextureParams.defaults());
		float[] other = TextureSynthesis.fill(c, TextureParams.defaults().withSeed(99));
		assertArrayEquals(a, b);
		assertFalse(Arrays.equals(a, other), "another seed, another fill");
		for (int i = 0; i < a.length; i++) if (!c.fill()[i]) assertEquals(c.pixels()[i], a[i], "pixel " + i);
	}

	@Test
	void aClassNoKnownPixelShowsKeepsTheGuide() {
		Canvas c = twoClasses(true, true, 0.5f);
		byte[] lab = c.labels().clone();
		for (int y = 40; y < 50; y++) for (int x = 40; x < 50; x++) lab[y * W + x] = 7;
		Canvas painted = new Canvas(new Canvas.Layout(W, H, 1), c.pixels(), c.known(), c.fill(), lab, c.guide());
		float[] out = TextureSynthesis.fill(painted, TextureParams.defaults());
		for (int y = 40; y < 50; y++) for (int x = 40; x < 50; x++) assertEquals(0.5f, out[y * W + x]);
	}

	@Test
	void withoutLabelsOrGuideItIsAContentAwareFillWithTheImagesGrain() {
		Canvas c = twoClasses(false, false, 0.5f);
		float[] out = TextureSynthesis.fill(c, TextureParams.defaults());
		double[] left = stats(out, true), right = stats(out, false);
		assertTrue(left[1] > 0.015 && right[1] > 0.05, "grain: " + left[1] + ", " + right[1]);
		for (float v : out) assertTrue(Float.isFinite(v));
	}

	@Test
	void theGuidesBlurIsAtMostAQuarterOfTheHolesThickness() {
		assertEquals(6.0, TextureSynthesis.guideSigma(64, 6.0));
		assertEquals(2.0, TextureSynthesis.guideSigma(8, 6.0), "an 8-pixel scratch");
		assertEquals(1.0, TextureSynthesis.guideSigma(2, 6.0), "never below a pixel");
	}

	@Test
	void aCanvasWithNoWholeKnownPatchIsReturnedAsGiven() {
		boolean[] fill = new boolean[25], known = new boolean[25];
		Arrays.fill(fill, true);
		float[] px = new float[25];
		Arrays.fill(px, 0.3f);
		float[] out = TextureSynthesis.fill(new Canvas(new Canvas.Layout(5, 5, 1), px, known, fill, null, px), TextureParams.defaults());
		assertArrayEquals(px, out);
	}
}
