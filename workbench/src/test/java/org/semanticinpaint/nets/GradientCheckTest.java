package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semanticinpaint.nets.GradientChecker.probeLoss;

import org.junit.jupiter.api.Test;
import org.tensorflow.op.Ops;

/**
 * Finite-difference checks of the blocks whose gradients matter most: the dilated convolution (TensorFlow's own
 * dilated Conv2D is wrong, DESIGN.md 6), the ESPA branch, a SPADE block, and whole-network losses.
 */
class GradientCheckTest {

	static final double TOLERANCE = 2e-2;

	@Test
	void dilatedConvolution() {
		assertGradientsAgree("dilated conv", 3, (tf, in) -> probeLoss(tf,
			DilatedConv2d.apply(scope(tf), "dil", in.get(0), 4, 4), 2), new long[] { 1, 8, 8, 3 });
	}

	@Test
	void espaBranch() {
		assertGradientsAgree("ESPA", 4, (tf, in) -> probeLoss(tf, ExternalSpatialAttention.apply(scope(tf), "espa",
			in.get(0), in.get(1), tf.constant(halfMask(16))), 3),
			new long[] { 1, 4, 4, 8 }, new long[] { 1, 16, 16, 1 });
	}

	@Test
	void spadeResBlock() {
		assertGradientsAgree("SPADE block", 5, (tf, in) -> probeLoss(tf,
			SpadeResBlock.apply(scope(tf), "blk", in.get(0), in.get(1), 4, 8), 4),
			new long[] { 1, 8, 8, 6 }, new long[] { 1, 16, 16, 3 });
	}

	@Test
	void crossEntropyFromLogits() {
		assertGradientsAgree("cross-entropy", 6, (tf, in) -> Losses.crossEntropy(tf, in.get(0),
			tf.nn.softmax(in.get(1))), new long[] { 1, 4, 4, 3 }, new long[] { 1, 4, 4, 3 });
	}

	@Test
	void ssimLoss() {
		assertGradientsAgree("SSIM loss", 8, (tf, in) -> Losses.ssimLoss(tf, in.get(0), in.get(1),
			tf.constant(halfMask(16))), new long[] { 1, 16, 16, 1 }, new long[] { 1, 16, 16, 1 });
	}

	@Test
	void instanceNorm() {
		assertGradientsAgree("instance norm", 7, (tf, in) -> probeLoss(tf, Normalization.instanceNorm(tf, in.get(0)),
			5), new long[] { 2, 6, 6, 3 });
	}

	/** Fails unless the loss's analytic gradients agree with finite differences at 12 probed coordinates per input. */
	private static void assertGradientsAgree(String what, long seed, GradientChecker.Loss loss, long[]... shapes) {
		double err = GradientChecker.maxRelativeError(loss, seed, 12, shapes);
		assertTrue(err < TOLERANCE, what + " relative error " + err);
	}

	private static NetScope scope(Ops tf) {
		return new NetScope(tf, "t", NetScope.Mode.TRAINABLE, null, 1);
	}

	static float[][][][] halfMask(int n) {
		float[][][][] m = new float[1][n][n][1];
		for (int y = n / 4; y < 3 * n / 4; y++)
			for (int x = n / 4; x < 3 * n / 4; x++) m[0][y][x][0] = 1f;
		return m;
	}
}
