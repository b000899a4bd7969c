package org.semanticinpaint.data;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.io.Opener;
import ij.process.ImageProcessor;

/** Reads image and label files as numbers: never through a colour model, so IDs and 16-bit values survive. */
public final class ImageFiles {

	private ImageFiles() {}

	/** Pixel values, HWC; grayscale PNG/TIFF of any depth or RGB. Returns {width, height, channels} in dims. */
	public static float[] readPixels(Path file, int[] dims) throws IOException {
		String n = file.getFileName().toString().toLowerCase();
		if (n.endsWith(".tif") || n.endsWith(".tiff")) {
			ImagePlus imp = new Opener().openImage(file.toString());
			if (imp == null) throw new IOException("cannot read TIFF " + file);
			ImageProcessor ip = imp.getProcessor();
			dims[0] = ip.getWidth();
			dims[1] = ip.getHeight();
			if (imp.getBitDepth() == 24) {
				dims[2] = 3;
				return rgb((int[]) ip.getPixels());
			}
			dims[2] = 1;
			float[] out = new float[dims[0] * dims[1]];
			for (int i = 0; i < out.length; i++) out[i] = ip.getf(i);
			return out;
		}
		Raster r = raster(file);
		dims[0] = r.getWidth();
		dims[1] = r.getHeight();
		int bands = r.getNumBands();
		dims[2] = bands >= 3 ? 3 : 1;
		float[] out = new float[dims[0] * dims[1] * dims[2]];
		int[] px = new int[bands];
		for (int y = 0, i = 0; y < dims[1]; y++)
			for (int x = 0; x < dims[0]; x++) {
				r.getPixel(x, y, px);
				for (int c = 0; c < dims[2]; c++) out[i++] = px[c];
			}
		return out;
	}

	/** Integer samples of the first band (instance or class IDs, up to 16 bit). */
	public static int[] readIds(Path file, int[] dims) throws IOException {
		Raster r = raster(file);
		dims[0] = r.getWidth();
		dims[1] = r.getHeight();
		return r.getSamples(0, 0, dims[0], dims[1], 0, (int[]) null);
	}

	private static Raster raster(Path file) throws IOException {
		if (!Files.isRegularFile(file)) throw new IOException("file not found: " + file);
		BufferedImage img = ImageIO.read(file.toFile());
		if (img == null) throw new IOException("not a readable image: " + file);
		return img.getRaster();
	}

	private static float[] rgb(int[] argb) {
		float[] out = new float[argb.length * 3];
		for (int i = 0; i < argb.length; i++) {
			out[3 * i] = (argb[i] >> 16) & 0xff;
			out[3 * i + 1] = (argb[i] >> 8) & 0xff;
			out[3 * i + 2] = argb[i] & 0xff;
		}
		return out;
	}
}
