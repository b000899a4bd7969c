package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Finite-difference checks of the blocks whose gradients matter most: the dilated convolution (TensorFlow's own
 * dilated Conv2D is wrong, DESIGN.md 6), the ESPA branch, a SPADE block, and whole-network losses.
 */
class GradientCheckTest {

	static final double TOLERANCE = 2e-2;

	@Test
	void dilatedConvolution() {
		double err = GradientChecker.maxRelativeError(new long[][] { { 1, 8, 8, 3 } }, tf -> {
			Placeholder<TFloat32> x = GradientChecker.input(tf, 1, 8, 8, 3);
			NetScope s = new NetScope(tf, "t", NetScope.Mode.TRAINABLE, null, 1);
			Operand<TFloat32> y = DilatedConv2d.apply(s, "dil", x, 4, 4);
			return new Object[] { GradientChecker.probeLoss(tf, y, 2), List.of(x) };
		}, 3, 12);
		assertTrue(err < TOLERANCE, "dilated conv relative error " + err);
	}

	@Test
	void espaBranch() {
		double err = GradientChecker.maxRelativeError(new long[][] { { 1, 4, 4, 8 }, { 1, 16, 16, 1 } }, tf -> {
			Placeholder<TFloat32> f = GradientChecker.input(tf, 1, 4, 4, 8);
			Placeholder<TFloat32> img = GradientChecker.input(tf, 1, 16, 16, 1);
			Operand<TFloat32> mask = tf.constant(halfMask(16));
			NetScope s = new NetScope(tf, "t", NetScope.Mode.TRAINABLE, null, 1);
			Operand<TFloat32> y = ExternalSpatialAttention.apply(s, "espa", f, img, mask);
			return new Object[] { GradientChecker.probeLoss(tf, y, 3), List.of(f, img) };
		}, 4, 12);
		assertTrue(err < TOLERANCE, "ESPA relative error " + err);
	}

	@Test
	void spadeResBlock() {
		double err = GradientChecker.maxRelativeError(new long[][] { { 1, 8, 8, 6 }, { 1, 16, 16, 3 } }, tf -> {
			Placeholder<TFloat32> x = GradientChecker.input(tf, 1, 8, 8, 6);
			Placeholder<TFloat32> seg = GradientChecker.input(tf, 1, 16, 16, 3);
			NetScope s = new NetScope(tf, "t", NetScope.Mode.TRAINABLE, null, 1);
			Operand<TFloat32> y = SpadeResBlock.apply(s, "blk", x, seg, 4, 8);
			return new Object[] { GradientChecker.probeLoss(tf, y, 4), List.of(x, seg) };
		}, 5, 12);
		assertTrue(err < TOLERANCE, "SPADE block relative error " + err);
	}

	@Test
	void crossEntropyFromLogits() {
		double err = GradientChecker.maxRelativeError(new long[][] { { 1, 4, 4, 3 }, { 1, 4, 4, 3 } }, tf -> {
			Placeholder<TFloat32> logits = GradientChecker.input(tf, 1, 4, 4, 3);
			Placeholder<TFloat32> target = GradientChecker.input(tf, 1, 4, 4, 3);
			return new Object[] { Losses.crossEntropy(tf, logits, tf.nn.softmax(target)), List.of(logits, target) };
		}, 6, 12);
		assertTrue(err < TOLERANCE, "cross-entropy relative error " + err);
	}

	@Test
	void ssimLoss() {
		double err = GradientChecker.maxRelativeError(new long[][] { { 1, 16, 16, 1 }, { 1, 16, 16, 1 } }, tf -> {
			Placeholder<TFloat32> a = GradientChecker.input(tf, 1, 16, 16, 1);
			Placeholder<TFloat32> b = GradientChecker.input(tf, 1, 16, 16, 1);
			return new Object[] { Losses.ssimLoss(tf, a, b, tf.constant(halfMask(16))), List.of(a, b) };
		}, 8, 12);
		assertTrue(err < TOLERANCE, "SSIM loss relative error " + err);
	}

	@Test
	void instanceNorm() {
		double err = GradientChecker.maxRelativeError(new long[][] { { 2, 6, 6, 3 } }, tf -> {
			Placeholder<TFloat32> x = GradientChecker.input(tf, 2, 6, 6, 3);
			return new Object[] { GradientChecker.probeLoss(tf, Normalization.instanceNorm(tf, x), 5), List.of(x) };
		}, 7, 12);
		assertTrue(err < TOLERANCE, "instance norm relative error " + err);
	}

	static float[][][][] halfMask(int n) {
		float[][][][] m = new float[1][n][n][1];
		for (int y = n / 4; y < 3 * n / 4; y++)
			for (int x = n / 4; x < 3 * n / 4; x++) m[0][y][x][0] = 1f;
		return m;
	}
}
