package org.semanticinpaint.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.data.DatasetSpec;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Practice edits on 32 x 32 samples, 3 classes, ground truth class 0 everywhere, hole = the centre 16 x 16. */
class GuidanceEditsTest {

	private static final int T = 32, K = 3, N = 200;

	@Test
	void discsOfAnEditableClassArePaintedInsideTheHoleOnly() {
		float[][] out = paint(1f, new int[] { 2 });
		float[] g = out[0], painted = out[1];
		int samplesPainted = 0;
		for (int b = 0; b < N; b++) {
			int n = 0;
			for (int p = 0; p < T * T; p++) {
				int i = b * T * T + p;
				boolean inDisc = painted[i] > 0;
				if (inDisc) {
					n++;
					assertTrue(hole(p), "painted outside the hole: sample " + b + " pixel " + p);
				}
				assertEquals(inDisc ? 0f : 1f, g[i * K], "class 0 at sample " + b + " pixel " + p);
				assertEquals(inDisc ? 1f : 0f, g[i * K + 2], "class 2 at sample " + b + " pixel " + p);
				assertEquals(0f, g[i * K + 1]);
			}
			// a disc of radius 2..6.4 px centred within 4 px of the hole's centre lies in the 16 x 16 hole
			assertTrue(n >= 9 && n <= 140, "sample " + b + ": " + n + " pixels painted");
			samplesPainted += n > 0 ? 1 : 0;
		}
		assertEquals(N, samplesPainted);
	}

	@Test
	void theShareSetsHowManySamplesAreEdited() {
		float[] none = paint(0f, new int[] { 1, 2 })[1];
		for (float v : none) assertEquals(0f, v);
		float[][] half = paint(0.5f, new int[] { 1, 2 });
		int edited = 0, class1 = 0;
		for (int b = 0; b < N; b++) {
			int centre = b * T * T + (T / 2) * T + T / 2;
			if (half[1][centre] > 0) {
				edited++;
				class1 += half[0][centre * K + 1] > 0 ? 1 : 0;
			}
		}
		assertTrue(edited > 0.35 * N && edited < 0.65 * N, edited + " of " + N + " samples edited");
		assertTrue(class1 > 0.25 * edited && class1 < 0.75 * edited, class1 + " of " + edited + " painted class 1");
	}

	@Test
	void aBoundaryBandOutlinesThePaintedObjectAsTheLabelsDo() {
		float[][] out = paint(1f, new GuidanceEdits.Painting(new int[] { 1 }, 2));
		float[] g = out[0], painted = out[1];
		for (int b = 0; b < N; b++) {
			int object = 0, band = 0;
			for (int p = 0; p < T * T; p++) {
				int i = b * T * T + p;
				if (painted[i] == 0) continue;
				assertEquals(1f, g[i * K + 1] + g[i * K + 2], "one-hot object or band at sample " + b + " pixel " + p);
				boolean isBand = g[i * K + 2] > 0;
				if (isBand) band++; else object++;
				// no object pixel touches the unpainted rest of the hole: the band lies between them
				if (!isBand) for (int d : new int[] { -1, 1, -T, T })
					assertTrue(painted[i + d] > 0 || !hole(p + d), "object pixel on the rim: sample " + b + " pixel " + p);
			}
			assertTrue(band > 0, "sample " + b + " has no band");
			if (object > 0) assertTrue(band >= object / 4, "sample " + b + ": band " + band + ", object " + object);
		}
	}

	@Test
	void refusesAShareOutsideZeroToOneAndUnknownClasses() {
		assertThrows(IllegalArgumentException.class, () -> paint(1.5f, new int[] { 1 }));
		assertThrows(IllegalArgumentException.class, () -> paint(0.5f, new int[] { 3 }));
		assertThrows(IllegalArgumentException.class, () -> new GuidanceEdits.Painting(new int[] { 1 }, -1));
	}

	@Test
	void aPaintingFollowsTheDatasetsLabels() {
		GuidanceEdits.Painting cells = GuidanceEdits.Painting.of(DatasetSpec.PHASE_CONTRAST_CELLS);
		assertArrayEquals(new int[] { 1 }, cells.classes());
		assertEquals(DatasetSpec.PHASE_CONTRAST_CELLS.boundaryWidth(), cells.boundaryWidth());
		assertEquals(0, GuidanceEdits.Painting.of(DatasetSpec.EM_NANOPARTICLES).boundaryWidth());
		assertEquals(0, GuidanceEdits.Painting.of(DatasetSpec.STREET_SCENES).boundaryWidth());
	}

	private static boolean hole(int p) {
		int x = p % T, y = p / T;
		return x >= T / 4 && x < 3 * T / 4 && y >= T / 4 && y < 3 * T / 4;
	}

	/** The edited guidance and the painted map. */
	private static float[][] paint(float share, int[] editable) {
		return paint(share, new GuidanceEdits.Painting(editable, 0));
	}

	private static float[][] paint(float share, GuidanceEdits.Painting painting) {
		float[] labels = new float[N * T * T * K], mask = new float[N * T * T];
		for (int i = 0; i < N * T * T; i++) {
			labels[i * K] = 1f;
			mask[i] = hole(i % (T * T)) ? 1f : 0f;
		}
		try (Graph graph = new Graph(); Session s = new Session(graph);
			TFloat32 tl = TFloat32.tensorOf(Shape.of(N, T, T, K), DataBuffers.of(labels, true, false));
			TFloat32 tm = TFloat32.tensorOf(Shape.of(N, T, T, 1), DataBuffers.of(mask, true, false)))
		{
			Ops tf = Ops.create(graph);
			GuidanceEdits.Edited e = GuidanceEdits.paint(tf, tf.constantOf(tl), tf.constantOf(tm), T, K, painting,
				share, 11);
			try (Result r = s.runner().fetch(e.guidance()).fetch(e.painted()).run()) {
				return new float[][] { values(r.get(0), labels.length), values(r.get(1), mask.length) };
			}
		}
	}

	private static float[] values(org.tensorflow.Tensor t, int n) {
		float[] v = new float[n];
		((TFloat32) t).copyTo(DataBuffers.of(v, false, false));
		return v;
	}
}
