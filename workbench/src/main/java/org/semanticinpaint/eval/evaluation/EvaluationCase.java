package org.semanticinpaint.eval.evaluation;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.semanticinpaint.data.Sample;

/**
 * One evaluation case: a labelled image, a square crop in it and a hole in that crop. The engine works on the
 * whole image (so intensities are normalised as in training) and picks its own window; metrics are taken on the
 * crop. Images are rebuilt in their own pixel type (8 or 16 bit) so results are rounded as a user would see them.
 */
public record EvaluationCase(Sample sample, int x0, int y0, int side, float[] mask, String maskKind) {

	public boolean[] hole() {
		boolean[] h = new boolean[side * side];
		for (int i = 0; i < h.length; i++) h[i] = mask[i] > 0.5f;
		return h;
	}

	public double holeArea() {
		int n = 0;
		for (float m : mask) if (m > 0.5f) n++;
		return n / (double) mask.length;
	}

	/** The hole as an image-coordinates mask (only the crop's interval). */
	public RandomAccessibleInterval<net.imglib2.type.numeric.real.FloatType> maskImage() {
		return Views.translate(ArrayImgs.floats(mask, side, side), x0, y0);
	}

	/** A seed of this case's own, for the random choices made while scoring it. */
	public long seed() {
		return sample.name().hashCode() * 31L * 31L + x0 * 31L + y0 + maskKind.hashCode() * 7919L;
	}

	public boolean eightBit() {
		for (float v : sample.pixels()) if (v > 255 || v < 0 || v != Math.rint(v)) return false;
		return true;
	}

	/** A fresh copy of the image as X x Y (x C), 8-bit or 16-bit, with the hole's pixels zeroed. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public <T extends RealType<T>> RandomAccessibleInterval<T> image() {
		Sample s = sample;
		int c = s.channels(), n = s.width() * s.height() * c;
		RandomAccessibleInterval img;
		if (eightBit()) {
			byte[] b = new byte[n];
			for (int i = 0; i < n; i++) b[i] = (byte) Math.round(s.pixels()[i]);
			zeroHole(b, null, c);
			img = c == 1 ? ArrayImgs.unsignedBytes(b, s.width(), s.height())
				: Views.moveAxis(ArrayImgs.unsignedBytes(b, c, s.width(), s.height()), 0, 2);
		}
		else {
			short[] v = new short[n];
			for (int i = 0; i < n; i++) v[i] = (short) Math.round(Math.max(0, Math.min(65535, s.pixels()[i])));
			zeroHole(null, v, c);
			img = c == 1 ? ArrayImgs.unsignedShorts(v, s.width(), s.height())
				: Views.moveAxis(ArrayImgs.unsignedShorts(v, c, s.width(), s.height()), 0, 2);
		}
		return img;
	}

	private void zeroHole(byte[] b, short[] v, int c) {
		for (int y = 0; y < side; y++)
			for (int x = 0; x < side; x++) {
				if (mask[y * side + x] <= 0.5f) continue;
				int i = ((y0 + y) * sample.width() + x0 + x) * c;
				for (int k = 0; k < c; k++) if (b != null) b[i + k] = 0; else v[i + k] = 0;
			}
	}

	/** Ground truth of the crop, HWC. */
	public float[] truth() {
		int c = sample.channels();
		float[] out = new float[side * side * c];
		for (int y = 0; y < side; y++)
			System.arraycopy(sample.pixels(), ((y0 + y) * sample.width() + x0) * c, out, y * side * c, side * c);
		return out;
	}

	/** Ground-truth labels of the crop (255 = ignore). */
	public byte[] truthLabels() {
		byte[] out = new byte[side * side];
		for (int y = 0; y < side; y++) System.arraycopy(sample.labels(), (y0 + y) * sample.width() + x0, out, y * side, side);
		return out;
	}
}
