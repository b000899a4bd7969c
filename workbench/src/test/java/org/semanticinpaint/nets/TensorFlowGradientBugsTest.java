package org.semanticinpaint.nets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Pins the two TensorFlow-Java 1.1.0 gradients we work around, so the workarounds stay justified: Conv2D with
 * the dilations attribute (DESIGN.md 6) and LogSoftmax are both silently wrong. If an upgrade fixes them, this
 * test fails and the workarounds in DilatedConv2d and Losses.crossEntropy can go.
 */
class TensorFlowGradientBugsTest {

	@Test
	void logSoftmaxGradientIsWrong() {
		double err = GradientChecker.maxRelativeError((tf, in) -> GradientChecker.probeLoss(tf,
			tf.nn.logSoftmax(in.get(0)), 1), 6, 12, new long[] { 1, 4, 4, 2 });
		assertTrue(err > 0.1, "LogSoftmax gradient now matches finite differences (" + err + ")");
	}

	@Test
	void dilatedConv2dAttributeGradientIsWrong() {
		double err = GradientChecker.maxRelativeError((tf, in) -> {
			Operand<TFloat32> w = tf.constant(new float[3][3][2][2]);
			Operand<TFloat32> wr = tf.math.add(w, tf.constant(0.3f));
			Operand<TFloat32> y = tf.nn.conv2d(in.get(0), wr, List.of(1L, 1L, 1L, 1L), "SAME",
				org.tensorflow.op.nn.Conv2d.dilations(List.of(1L, 2L, 2L, 1L)));
			return GradientChecker.probeLoss(tf, y, 1);
		}, 6, 12, new long[] { 1, 8, 8, 2 });
		assertTrue(err > 0.1, "dilated Conv2D gradient now matches finite differences (" + err + ")");
	}
}
