package org.semanticinpaint.nets;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * ESPA, the external spatial attention branch of stage 1 (authors' networks.py). The query pastes the known
 * image (projected to the feature width) around the hole's features; after a per-pixel layer norm, a "key" MLP
 * mixes along H and a "value" MLP along W (H -> 2H -> H and W -> 2W -> W, GELU, no bias, shared across
 * samples). Cost is linear in pixels; the MLPs fix the input size, which is why stage 1 has one tile size.
 */
public final class ExternalSpatialAttention {

	private ExternalSpatialAttention() {}

	/**
	 * @param features conv6's output, N x h x w x C
	 * @param image the masked input image at full tile size, N x T x T x channels
	 * @param mask 1 = missing, N x T x T x 1
	 */
	public static Operand<TFloat32> apply(NetScope scope, String name, Operand<TFloat32> features,
		Operand<TFloat32> image, Operand<TFloat32> mask)
	{
		NetScope s = scope.child(name);
		Ops tf = s.tf();
		int h = Conv2d.height(features), w = Conv2d.width(features), c = Conv2d.channels(features);
		Operand<TFloat32> iSub = Conv2d.apply(s, "isub", Resize.bilinear(tf, image, h, w), c, 1, 1, false);
		Operand<TFloat32> mSub = Resize.nearest(tf, mask, h, w);
		Operand<TFloat32> query = paste(tf, features, iSub, mSub);
		Operand<TFloat32> x = Normalization.layerNorm(s, "norm", query);
		x = axisMlp(s, "key", x, true);
		x = axisMlp(s, "value", x, false);
		return paste(tf, x, iSub, mSub);
	}

	/** inside * M + outside * (1 - M). */
	static Operand<TFloat32> paste(Ops tf, Operand<TFloat32> inside, Operand<TFloat32> outside, Operand<TFloat32> m) {
		return tf.math.add(tf.math.mul(inside, m), tf.math.mul(outside, tf.math.sub(tf.constant(1f), m)));
	}

	/** Linear n -> 2n, GELU, linear 2n -> n along H (alongH) or W, applied per (channel, column/row). */
	static Operand<TFloat32> axisMlp(NetScope scope, String name, Operand<TFloat32> x, boolean alongH) {
		NetScope s = scope.child(name);
		Ops tf = s.tf();
		int h = Conv2d.height(x), w = Conv2d.width(x), c = Conv2d.channels(x);
		int n = alongH ? h : w, other = alongH ? w : h;
		// move the mixed axis last: N,h,w,C -> N,w,C,h (along H) or N,h,C,w (along W)
		int[] perm = alongH ? new int[] { 0, 2, 3, 1 } : new int[] { 0, 1, 3, 2 };
		int[] back = alongH ? new int[] { 0, 3, 1, 2 } : new int[] { 0, 1, 3, 2 };
		Operand<TFloat32> t = tf.reshape(tf.linalg.transpose(x, tf.constant(perm)), tf.constant(new long[] { -1, n }));
		Operand<TFloat32> w1 = s.weightStd("w1", (float) Math.sqrt(1.0 / n), n, 2L * n);
		Operand<TFloat32> w2 = s.weightStd("w2", (float) Math.sqrt(1.0 / (2 * n)), 2L * n, n);
		t = tf.linalg.matMul(Activations.gelu(tf, tf.linalg.matMul(t, w1)), w2);
		t = tf.reshape(t, tf.constant(new long[] { -1, other, c, n }));
		return tf.linalg.transpose(t, tf.constant(back));
	}
}
