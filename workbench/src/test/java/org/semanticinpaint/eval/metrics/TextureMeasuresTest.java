package org.semanticinpaint.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.Plane;

/** HF ratio, LF L1, SWD and the hole interior on seeded noise fields of a known grain. */
class TextureMeasuresTest {

	static final int S = 64;

	static float[] noise(long seed, double std, double mean) {
		Random r = new Random(seed);
		float[] out = new float[S * S];
		for (int i = 0; i < out.length; i++) out[i] = (float) (mean + std * r.nextGaussian());
		return out;
	}

	static boolean[] square(int x0, int x1) {
		boolean[] h = new boolean[S * S];
		for (int y = x0; y < x1; y++) for (int x = x0; x < x1; x++) h[y * S + x] = true;
		return h;
	}

	static Plane plane(float[] values) {
		return new Plane(values, S, S, 1);
	}

	/** The truth outside the hole, {@code fill} inside it. */
	static float[] filled(float[] truth, float[] fill, boolean[] hole) {
		float[] out = truth.clone();
		for (int i = 0; i < out.length; i++) if (hole[i]) out[i] = fill[i];
		return out;
	}

	@Test
	void hfRatioIsOneForEqualGrainAndNearZeroForAFlatFill() {
		float[] truth = noise(1, 10, 100);
		boolean[] hole = square(16, 48);
		double same = HighFrequencyRatio.of(plane(filled(truth, noise(2, 10, 100), hole)), plane(truth), hole);
		double flat = HighFrequencyRatio.of(plane(filled(truth, new float[S * S], hole)), plane(truth), hole);
		double doubled = HighFrequencyRatio.of(plane(filled(truth, noise(3, 20, 100), hole)), plane(truth), hole);
		assertEquals(1.0, same, 0.1);
		assertTrue(flat < 0.05, "flat " + flat);
		assertEquals(2.0, doubled, 0.2);
	}

	@Test
	void hfRatioWhereTellsAFlatWrongContentFromMissingGrain() {
		// the truth is grainy on the left half only; the fill is grainy where the truth is flat and flat where
		// it is grainy: over the whole hole that reads as missing grain, on the right half as the right grain
		float[] truth = noise(1, 1, 100), fill = noise(2, 1, 100), grainy = noise(3, 20, 100);
		boolean[] left = new boolean[S * S];
		for (int i = 0; i < truth.length; i++) {
			left[i] = i % S < S / 2;
			if (left[i]) truth[i] = grainy[i];
		}
		boolean[] hole = square(8, 56), right = new boolean[S * S];
		for (int i = 0; i < right.length; i++) right[i] = i % S >= S / 2 + 3; // the blur's reach off the border
		Plane result = plane(filled(truth, fill, hole));
		assertTrue(HighFrequencyRatio.of(result, plane(truth), hole) < 0.2);
		assertEquals(1.0, HighFrequencyRatio.where(result, plane(truth), hole, right), 0.15);
		assertEquals(HighFrequencyRatio.of(result, plane(truth), hole),
			HighFrequencyRatio.where(result, plane(truth), hole, null), 0);
	}

	@Test
	void lfL1IgnoresGrainButSeesAShift() {
		float[] truth = noise(1, 10, 100);
		boolean[] hole = square(16, 48);
		double grain = LowFrequencyL1.relative(plane(filled(truth, noise(2, 10, 100), hole)), plane(truth), hole, 100);
		double pixel = HoleL1.relative(filled(truth, noise(2, 10, 100), hole), truth, S, S, 1, hole, 100);
		float[] shifted = noise(2, 10, 120);
		double shift = LowFrequencyL1.relative(plane(filled(truth, shifted, hole)), plane(truth), hole, 100);
		assertTrue(grain < pixel / 3, "grain costs pixel L1 " + pixel + " but little LF L1 " + grain);
		assertTrue(shift > 0.12, "a brightness shift of 0.2 shows: " + shift);
	}

	@Test
	void swdIsSmallForTheSameStatisticsAndLargeForASmoothFill() {
		float[] truth = noise(1, 10, 100);
		boolean[] hole = square(16, 48);
		int[][] centres = LaplacianPatches.centres(hole, S, S, 5);
		float[][][] t = LaplacianPatches.cut(plane(truth), centres);
		SlicedWasserstein same = new SlicedWasserstein(), smooth = new SlicedWasserstein();
		same.add(LaplacianPatches.cut(plane(filled(truth, noise(2, 10, 100), hole)), centres), t);
		float[] flat = new float[S * S];
		java.util.Arrays.fill(flat, 100);
		smooth.add(LaplacianPatches.cut(plane(filled(truth, flat, hole)), centres), t);
		assertTrue(same.distance() < smooth.distance() / 3, same.distance() + " against " + smooth.distance());
		assertTrue(Double.isNaN(new SlicedWasserstein().distance()));
	}

	@Test
	void resultAndTruthOfDifferentShapesAreRefused() {
		float[] truth = noise(1, 10, 100);
		Plane other = new Plane(truth, S / 2, 2 * S, 1);
		boolean[] hole = square(16, 48);
		assertThrows(IllegalArgumentException.class, () -> HighFrequencyRatio.of(other, plane(truth), hole));
		assertThrows(IllegalArgumentException.class, () -> LowFrequencyL1.relative(plane(truth), other, hole, 100));
	}

	@Test
	void theInteriorKeepsTheMiddleOfThinHoles() {
		boolean[] big = square(16, 48);
		int n = 0;
		for (boolean b : HoleInterior.of(big, S, S)) if (b) n++;
		assertEquals(24 * 24, n, "a 32-pixel square loses 4 pixels on each side");
		boolean[] scratch = new boolean[S * S];
		for (int x = 5; x < 60; x++) for (int y = 30; y < 33; y++) scratch[y * S + x] = true;
		boolean[] inside = HoleInterior.of(scratch, S, S);
		assertTrue(inside[31 * S + 30] && !inside[30 * S + 30], "a 3-pixel scratch keeps its middle row");
	}
}
