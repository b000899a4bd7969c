package org.semanticinpaint.nets;

import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * A fixed 5 x 5 binomial blur per channel, mirror-padded so borders keep their brightness. Stage 2's
 * controllability loss segments the blurred result: fine patterns that only fool the frozen segmentation network
 * are smoothed away, so the decoder has to give a class the shape and brightness a person sees.
 */
public final class Blur {

	private static final float[] TAPS = { 1 / 16f, 4 / 16f, 6 / 16f, 4 / 16f, 1 / 16f };

	private Blur() {}

	public static Operand<TFloat32> binomial5(Ops tf, Operand<TFloat32> x) {
		int c = Conv2d.channels(x), k = TAPS.length;
		float[] kernel = new float[k * k * c * c];
		for (int y = 0; y < k; y++)
			for (int xx = 0; xx < k; xx++)
				for (int ch = 0; ch < c; ch++) kernel[((y * k + xx) * c + ch) * c + ch] = TAPS[y] * TAPS[xx];
		Operand<TFloat32> w = tf.constant(Shape.of(k, k, c, c), org.tensorflow.ndarray.buffer.DataBuffers.of(kernel));
		Operand<TInt32> pad = tf.constant(new int[][] { { 0, 0 }, { 2, 2 }, { 2, 2 }, { 0, 0 } });
		return tf.nn.conv2d(tf.mirrorPad(x, pad, "REFLECT"), w, List.of(1L, 1L, 1L, 1L), "VALID");
	}
}
