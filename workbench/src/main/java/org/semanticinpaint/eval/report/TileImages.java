package org.semanticinpaint.eval.report;

import java.awt.image.BufferedImage;
import java.util.List;

import org.semanticinpaint.data.DatasetSpec;

/** Makes {@link ImageGrid} tiles (always TYPE_INT_RGB) from the evaluation's arrays: images, label maps, holes. */
public final class TileImages {

	private TileImages() {}

	/**
	 * An HWC image with 1 (gray) or 3 (RGB) channels; {@code low..high} maps to 0..255, values outside are clipped
	 * and NaN (e.g. an unfilled hole) shows black.
	 */
	public static BufferedImage fromPixels(float[] pixels, int width, int height, int channels, double low,
		double high)
	{
		if (channels != 1 && channels != 3)
			throw new IllegalArgumentException("tiles are gray or RGB, not " + channels + " channels");
		if (pixels.length != width * height * channels)
			throw new IllegalArgumentException(pixels.length + " values for " + width + "x" + height + "x" + channels);
		if (!(high > low)) throw new IllegalArgumentException("empty display range " + low + ".." + high);
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int p = 0; p < width * height; p++) {
			int r = byteOf(pixels[p * channels], low, high);
			int rgb = channels == 1 ? r << 16 | r << 8 | r
				: r << 16 | byteOf(pixels[p * channels + 1], low, high) << 8 | byteOf(pixels[p * channels + 2], low, high);
			out.setRGB(p % width, p / width, rgb);
		}
		return out;
	}

	/** A label map in colour: {@code palette[id]} is 0xRRGGBB; ids beyond the palette (e.g. 255, ignore) show black. */
	public static BufferedImage fromLabels(byte[] labels, int width, int height, int[] palette) {
		if (labels.length != width * height)
			throw new IllegalArgumentException(labels.length + " labels for " + width + "x" + height);
		BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int p = 0; p < labels.length; p++) {
			int id = labels[p] & 0xff;
			out.setRGB(p % width, p / width, id < palette.length ? palette[id] & 0xffffff : 0);
		}
		return out;
	}

	/** The dataset's class colours as a palette for {@link #fromLabels}. */
	public static int[] palette(List<DatasetSpec.ClassInfo> classes) {
		int[] palette = new int[classes.size()];
		for (int i = 0; i < palette.length; i++) {
			DatasetSpec.ClassInfo k = classes.get(i);
			palette[i] = (k.r() & 0xff) << 16 | (k.g() & 0xff) << 8 | k.b() & 0xff;
		}
		return palette;
	}

	/** A copy with the hole painted one colour (0xRRGGBB): the "input" column of a figure. */
	public static BufferedImage withHole(BufferedImage tile, boolean[] hole, int rgb) {
		int w = tile.getWidth(), h = tile.getHeight();
		if (hole.length != w * h) throw new IllegalArgumentException(hole.length + " hole pixels for " + w + "x" + h);
		BufferedImage out = ImageGrid.toRgb(tile);
		if (out == tile) {
			out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
			java.awt.Graphics2D g = out.createGraphics();
			g.drawImage(tile, 0, 0, null);
			g.dispose();
		}
		for (int p = 0; p < hole.length; p++) if (hole[p]) out.setRGB(p % w, p / w, rgb & 0xffffff);
		return out;
	}

	private static int byteOf(float v, double low, double high) {
		if (Float.isNaN(v)) return 0;
		return (int) Math.round(Math.max(0, Math.min(255, (v - low) / (high - low) * 255)));
	}
}
