package org.semanticinpaint.eval.baselines;

import org.semanticinpaint.engine.Plane;
import org.semanticinpaint.engine.texture.Canvas;
import org.semanticinpaint.engine.texture.TextureParams;
import org.semanticinpaint.engine.texture.TextureSynthesis;

/**
 * The classic content-aware fill (Wexler et al. 2007 with PatchMatch): our texture stage with no labels and no
 * guide, started from Telea's smooth fill at the coarsest level. The baseline that shows what the labels and the
 * networks add to texture copied from the image.
 */
public final class ContentAwareFill {

	private ContentAwareFill() {}

	/**
	 * @param range the data range (intensities are scaled by it, as the engine scales by its normalisation)
	 * @return the image with its hole filled, the rest as it was
	 */
	public static Plane fill(Plane image, boolean[] hole, double range, long seed) {
		float[] pixels = image.values();
		int w = image.width(), h = image.height(), c = image.channels();
		float[] start = OpenCvInpainter.TELEA.fill(pixels, w, h, c, hole);
		float[] px = new float[start.length];
		boolean[] known = new boolean[w * h];
		for (int i = 0; i < w * h; i++) {
			known[i] = !hole[i];
			for (int k = 0; k < c; k++) px[i * c + k] = (float) (start[i * c + k] / range);
		}
		float[] out = TextureSynthesis.fill(new Canvas(new Canvas.Layout(w, h, c), px, known, hole.clone(), null, null),
			TextureParams.defaults().withSeed(seed));
		for (int i = 0; i < out.length; i++) out[i] = hole[i / c] ? (float) (out[i] * range) : pixels[i];
		return image.with(out);
	}
}
