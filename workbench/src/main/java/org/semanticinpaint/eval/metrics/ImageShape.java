package org.semanticinpaint.eval.metrics;

import org.semanticinpaint.engine.Plane;

/** Argument checks shared by the metrics: a wrong array length is a caller bug, better loud than a bad number. */
final class ImageShape {

	private ImageShape() {}

	static void check(float[] pixels, int width, int height, int channels) {
		if (width <= 0 || height <= 0 || channels <= 0)
			throw new IllegalArgumentException("bad image shape " + width + "x" + height + "x" + channels);
		if (pixels.length != width * height * channels) throw new IllegalArgumentException("pixels has "
			+ pixels.length + " values, expected " + width + "x" + height + "x" + channels);
	}

	static void check(float[] result, float[] truth, int width, int height, int channels) {
		check(result, width, height, channels);
		check(truth, width, height, channels);
	}

	static void check(Plane result, Plane truth) {
		if (!result.sameShape(truth)) throw new IllegalArgumentException("result is " + result.width() + "x" +
			result.height() + "x" + result.channels() + ", truth " + truth.width() + "x" + truth.height() + "x" +
			truth.channels());
	}

	static void checkHole(boolean[] hole, int width, int height) {
		if (hole.length != width * height)
			throw new IllegalArgumentException("hole has " + hole.length + " pixels, expected " + width * height);
	}

	static void checkRange(double dataRange) {
		if (!(dataRange > 0)) throw new IllegalArgumentException("data range must be positive: " + dataRange);
	}
}
