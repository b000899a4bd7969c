package org.semanticinpaint.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeanIouTest {

	private static final byte X = (byte) 255;

	@Test
	void fourByFourByHand() {
		// mask: the left 3 columns (12 pixels); column 3 is outside and full of disagreements that must not count
		byte[] reference = {
			0, 0, 1, 2,
			0, 0, 1, 2,
			1, 1, 1, 2,
			X, 1, 1, 2 };
		byte[] predicted = {
			0, 0, 0, 0,
			0, 1, 1, 0,
			1, 1, 1, 0,
			0, 1, 3, 0 };
		boolean[] mask = new boolean[16];
		for (int y = 0; y < 4; y++)
			for (int x = 0; x < 3; x++) mask[y * 4 + x] = true;
		// counted: 11 pixels (the ignore pixel skipped). Class 0: reference {0,1,4,5}, predicted {0,1,2,4}
		// -> I 3, U 5. Class 1: reference {2,6,8,9,10,13,14}, predicted {5,6,8,9,10,13} -> I 5, U 8.
		// Class 3: predicted only {14} -> I 0, U 1. Mean (3/5 + 5/8 + 0) / 3.
		assertEquals((0.6 + 0.625 + 0) / 3, MeanIou.of(predicted, reference, mask), 1e-12);
	}

	@Test
	void perfectAgreementIsOneAndNothingCountedIsNaN() {
		byte[] labels = { 0, 1, 2, X };
		boolean[] all = { true, true, true, true };
		assertEquals(1.0, MeanIou.of(labels, labels.clone(), all), 1e-12);
		assertTrue(Double.isNaN(MeanIou.of(labels, labels, new boolean[4])));
	}

	@Test
	void predictedIgnoreIsAMiss() {
		// reference class 1 at both pixels, prediction abstains on one: IoU 1/2
		assertEquals(0.5, MeanIou.of(new byte[] { 1, X }, new byte[] { 1, 1 }, new boolean[] { true, true }), 1e-12);
	}

	@Test
	void aPooledTallyWeighsAClassByItsPixelsNotByTheImage() {
		boolean[] all = new boolean[10];
		java.util.Arrays.fill(all, true);
		// image A: ten pixels of class 0, all right except one predicted as class 1 (a stray pixel)
		byte[] refA = new byte[10], predA = new byte[10];
		predA[9] = 1;
		// image B: five pixels of class 1 and five of class 0, all right
		byte[] refB = { 0, 0, 0, 0, 0, 1, 1, 1, 1, 1 };
		// per image: A = (9/10 + 0/1) / 2 = 0.45, B = 1
		assertEquals(0.45, MeanIou.of(predA, refA, all), 1e-12);
		// pooled: class 0 I = 9 + 5, U = 10 + 5; class 1 I = 5, U = 1 + 5
		MeanIou.Tally t = new MeanIou.Tally().add(predA, refA, all).add(new MeanIou.Tally().add(refB, refB.clone(), all));
		assertEquals((14.0 / 15 + 5.0 / 6) / 2, t.mean(), 1e-12);
		assertTrue(Double.isNaN(new MeanIou.Tally().mean()));
	}
}
