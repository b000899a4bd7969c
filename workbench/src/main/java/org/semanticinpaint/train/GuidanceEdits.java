package org.semanticinpaint.train;

import java.util.List;

import org.semanticinpaint.data.DatasetSpec;
import org.semanticinpaint.data.InstanceToClasses;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Sum;
import org.tensorflow.op.random.RandomUniform;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Practice edits for stage 2: in a share of the samples, a disc of a class a person would paint ("a nucleus goes
 * here") is painted into the hole's guidance, as a person does in the label editor. Training with ground-truth
 * labels alone never shows stage 2 guidance that disagrees with the image, yet that is what an edit is. The painted
 * disc has no ground truth, so the trainer leaves it out of the L1 term and lets the controllability loss judge it.
 * Where the labels outline every object with a boundary band (phase-contrast cells), the disc gets that band too,
 * as the evaluation's edit and a person drawing a separate cell do.
 */
public final class GuidanceEdits {

	/**
	 * What a person paints.
	 *
	 * @param classes the classes to paint, drawn uniformly per sample
	 * @param boundaryWidth width of the band of class {@link InstanceToClasses#BOUNDARY} at the disc's rim, 0 for none
	 */
	public record Painting(int[] classes, int boundaryWidth) {
		public Painting {
			classes = classes.clone();
			if (boundaryWidth < 0) throw new IllegalArgumentException("negative boundary width " + boundaryWidth);
		}

		/** The dataset's editable classes, drawn with the boundary band its labels have. */
		public static Painting of(DatasetSpec spec) {
			return new Painting(spec.editableClasses(), spec.boundaryWidth());
		}
	}

	/**
	 * @param guidance the guidance with the discs painted in
	 * @param painted 1 where a disc was painted [B, t, t, 1]
	 * @param editedSamples 1 for the samples picked for an edit [B, 1, 1, 1] (their disc may still miss the hole)
	 */
	record Edited(Operand<TFloat32> guidance, Operand<TFloat32> painted, Operand<TFloat32> editedSamples) {}

	private GuidanceEdits() {}

	/**
	 * @param guidance one-hot labels [B, t, t, classes]
	 * @param mask the hole [B, t, t, 1]; discs are clipped to it
	 * @param painting what is painted
	 * @param share probability that a sample is edited
	 */
	static Edited paint(Ops tf, Operand<TFloat32> guidance, Operand<TFloat32> mask, int tile, int classes,
		Painting painting, float share, long seed)
	{
		SampleDraw.requireShare("edited holes", share);
		int[] editable = painting.classes();
		for (int c : editable) if (c < 0 || c >= classes) throw new IllegalArgumentException("class " + c +
			" to paint is not one of the " + classes + " classes");
		int band = painting.boundaryWidth();
		if (band > 0 && InstanceToClasses.BOUNDARY >= classes) throw new IllegalArgumentException(
			"a boundary band needs the boundary class " + InstanceToClasses.BOUNDARY + "; the labels have " + classes);
		Operand<TInt32> batch = tf.slice(tf.shape(mask), tf.constant(new int[] { 0 }), tf.constant(new int[] { 1 }));
		Operand<TInt32> perSample = SampleDraw.perSample(tf, mask);
		Operand<TFloat32> edited = SampleDraw.chosen(tf, mask, share, seed);
		// the disc: centred near the hole's centroid (where the evaluation paints, at the hole's centre), radius
		// from a sixteenth to a fifth of the tile (the evaluation's is about a seventh)
		float[][][][] xs = new float[1][1][tile][1], ys = new float[1][tile][1][1];
		for (int i = 0; i < tile; i++) { xs[0][0][i][0] = i; ys[0][i][0][0] = i; }
		Operand<TFloat32> x = tf.constant(xs), y = tf.constant(ys);
		int[] spatial = { 1, 2, 3 };
		Operand<TFloat32> area = tf.math.maximum(tf.sum(mask, tf.constant(spatial), sumKeep()), tf.constant(1f));
		Operand<TFloat32> cx = tf.math.add(tf.math.div(tf.sum(tf.math.mul(mask, x), tf.constant(spatial), sumKeep()),
			area), jitter(tf, perSample, tile / 8f, seed + 1));
		Operand<TFloat32> cy = tf.math.add(tf.math.div(tf.sum(tf.math.mul(mask, y), tf.constant(spatial), sumKeep()),
			area), jitter(tf, perSample, tile / 8f, seed + 2));
		Operand<TFloat32> r = tf.math.add(tf.constant(tile / 16f),
			tf.math.mul(uniform(tf, perSample, seed + 3), tf.constant(tile / 5f - tile / 16f)));
		Operand<TFloat32> d2 = tf.math.add(tf.math.square(tf.math.sub(x, cx)), tf.math.square(tf.math.sub(y, cy)));
		Operand<TFloat32> painted = tf.math.mul(tf.math.mul(
			tf.dtypes.cast(tf.math.lessEqual(d2, tf.math.square(r)), TFloat32.class), mask), edited);
		// the class: a row of a constant one-hot table, picked per sample
		float[][] table = new float[editable.length][classes];
		for (int i = 0; i < editable.length; i++) table[i][editable[i]] = 1f;
		Operand<TInt32> pick = tf.dtypes.cast(tf.math.floor(tf.math.mul(uniform(tf, batch, seed + 4),
			tf.constant((float) editable.length - 1e-3f))), TInt32.class);
		Operand<TFloat32> oneHot = tf.reshape(tf.gather(tf.constant(table), pick, tf.constant(0)),
			tf.concat(List.of(batch, tf.constant(new int[] { 1, 1, classes })), tf.constant(0)));
		Operand<TFloat32> body = painted;
		Operand<TFloat32> out = tf.math.mul(guidance, tf.math.sub(tf.constant(1f), painted));
		if (band > 0) {
			// the rim band (the labels' band lies inside each object)
			Operand<TFloat32> inner = tf.dtypes.cast(tf.math.lessEqual(d2,
				tf.math.square(tf.math.maximum(tf.math.sub(r, tf.constant((float) band)), tf.constant(0f)))),
				TFloat32.class);
			body = tf.math.mul(painted, inner);
			float[] boundary = new float[classes];
			boundary[InstanceToClasses.BOUNDARY] = 1f;
			out = tf.math.add(out, tf.math.mul(tf.constant(boundary), tf.math.sub(painted, body)));
		}
		out = tf.math.add(out, tf.math.mul(oneHot, body));
		return new Edited(out, painted, edited);
	}

	private static Operand<TFloat32> uniform(Ops tf, Operand<TInt32> shape, long seed) {
		return tf.random.randomUniform(shape, TFloat32.class, RandomUniform.seed(seed));
	}

	private static Operand<TFloat32> jitter(Ops tf, Operand<TInt32> shape, float amplitude, long seed) {
		return tf.math.mul(tf.math.sub(uniform(tf, shape, seed), tf.constant(0.5f)), tf.constant(2 * amplitude));
	}

	private static Sum.Options sumKeep() {
		return Sum.keepDims(true);
	}
}
