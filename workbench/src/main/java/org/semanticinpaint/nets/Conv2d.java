package org.semanticinpaint.nets;

import java.util.List;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** A 2-D convolution, NHWC, SAME padding, with optional bias. Weights are [k, k, cin, cout]. */
public final class Conv2d {

	private Conv2d() {}

	public static Operand<TFloat32> apply(NetScope scope, String name, Operand<TFloat32> x, int cout, int k, int stride,
		boolean bias)
	{
		return apply(scope, name, x, cout, k, stride, bias, (float) Math.sqrt(2.0 / (k * k * channels(x))));
	}

	/** With initial weights of standard deviation {@code initStd} instead of He-normal. */
	public static Operand<TFloat32> apply(NetScope scope, String name, Operand<TFloat32> x, int cout, int k, int stride,
		boolean bias, float initStd)
	{
		NetScope s = scope.child(name);
		Ops tf = s.tf();
		int cin = channels(x);
		Operand<TFloat32> w = s.weightStd("w", initStd, k, k, cin, cout);
		Operand<TFloat32> y = tf.nn.conv2d(x, w, List.of(1L, (long) stride, (long) stride, 1L), "SAME");
		return bias ? tf.nn.biasAdd(y, s.zeros("b", cout)) : y;
	}

	public static Operand<TFloat32> apply(NetScope scope, String name, Operand<TFloat32> x, int cout, int k, int stride) {
		return apply(scope, name, x, cout, k, stride, true);
	}

	/** Static channel count (last dimension) of an NHWC operand. */
	public static int channels(Operand<?> x) {
		return (int) x.shape().get(x.shape().numDimensions() - 1);
	}

	/** Static height of an NHWC operand. */
	public static int height(Operand<?> x) {
		return (int) x.shape().get(1);
	}

	/** Static width of an NHWC operand. */
	public static int width(Operand<?> x) {
		return (int) x.shape().get(2);
	}
}
