package org.semanticinpaint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.engine.texture.TextureParams;

/**
 * A class painted into a hole whose window shows none of it: with an exemplar from elsewhere the fill is that
 * exemplar's texture; without one it keeps stage 2's fill.
 */
class TextureStageTest {

	static final int S = 64;

	static WindowProposal window() {
		boolean[] hole = new boolean[S * S];
		for (int y = 20; y < 44; y++) for (int x = 20; x < 44; x++) hole[y * S + x] = true;
		Random r = new Random(4);
		float[] original = new float[S * S];
		for (int i = 0; i < original.length; i++) original[i] = (float) (0.2 + 0.02 * r.nextGaussian());
		return new WindowProposal(new HoleWindow(0, 0, S, S, hole), original, new Normalizer(0, 1), null, null,
			null);
	}

	static byte[] paintedLabels(WindowProposal p) {
		byte[] labels = new byte[S * S];
		for (int i = 0; i < labels.length; i++) labels[i] = (byte) (p.window().hole()[i] ? 1 : 0);
		return labels;
	}

	static Exemplar grainy(double std) {
		Random r = new Random(5);
		float[] px = new float[S * S];
		byte[] labels = new byte[S * S];
		boolean[] known = new boolean[S * S];
		for (int i = 0; i < px.length; i++) {
			px[i] = (float) (0.8 + std * r.nextGaussian());
			labels[i] = 1;
			known[i] = true;
		}
		return new Exemplar(S, S, px, labels, known);
	}

	/** Mean and standard deviation over the hole. */
	static double[] holeStats(WindowProposal p, float[] out) {
		double s = 0, q = 0;
		int n = 0;
		for (int i = 0; i < out.length; i++)
			if (p.window().hole()[i]) { s += out[i]; q += out[i] * out[i]; n++; }
		return new double[] { s / n, Math.sqrt(q / n - s / n * s / n) };
	}

	@Test
	void aClassFromElsewhereBringsItsTexture() {
		WindowProposal p = window();
		byte[] labels = paintedLabels(p);
		assertEquals(Set.of(1), ExemplarSearch.missing(p, labels));
		float[] fill = new float[S * S];
		java.util.Arrays.fill(fill, 0.5f);
		TextureStage stage = new TextureStage(TextureParams.defaults());
		long seed = TextureParams.defaults().seed();
		double[] with = holeStats(p, stage.apply(p, fill, labels, List.of(grainy(0.1)), 1, seed));
		double[] without = holeStats(p, stage.apply(p, fill, labels, List.of(), 1, seed));
		// copied from the exemplar (mean 0.8), its darker pixels preferred where stage 2 asks for 0.5; a hole this
		// thin (24 px) also takes half of stage 2's local mean (ThinHoleAnchor)
		assertTrue(with[0] > 0.55 && with[0] < 0.82, "between stage 2 and the exemplar: " + with[0]);
		assertTrue(with[1] > 0.05, "the exemplar's grain: std " + with[1]);
		assertEquals(0.5, without[0], 1e-6, "no exemplar: stage 2's fill");
		assertEquals(0, without[1], 1e-6);
	}

	@Test
	void aClassTheWindowShowsIsNotMissing() {
		WindowProposal p = window();
		byte[] labels = new byte[S * S];
		assertTrue(ExemplarSearch.missing(p, labels).isEmpty());
	}
}
