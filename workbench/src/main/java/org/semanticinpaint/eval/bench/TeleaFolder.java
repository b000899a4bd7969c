package org.semanticinpaint.eval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.semanticinpaint.eval.baselines.OpenCvInpainter;
import org.semanticinpaint.ij.batch.FolderFiles;
import org.semanticinpaint.ij.batch.SafeTiffWriter;
import org.semanticinpaint.engine.InpaintException;

/**
 * OpenCV Telea as a batch job on a {@link ThroughputFolder}: each image and its mask are opened with ImageJ,
 * inpainted, and written with the same {@link SafeTiffWriter} as Inpaint Folder, so reading and writing cost the
 * same as in the engine's run and only the inpainting differs. 16-bit grayscale and RGB only (what the folder holds).
 */
final class TeleaFolder {

	private TeleaFolder() {}

	/** @return the number of images written */
	static int run(Path images, Path masks, Path output) throws IOException, InpaintException {
		Files.createDirectories(output);
		int n = 0;
		for (Path in : FolderFiles.images(images)) {
			ImagePlus imp = open(in), mask = open(masks.resolve(in.getFileName()));
			ImageProcessor filled = fill(imp.getProcessor(), mask.getProcessor());
			SafeTiffWriter.write(new ImagePlus(in.getFileName().toString(), filled), output.resolve(in.getFileName()),
				false);
			n++;
		}
		return n;
	}

	private static ImagePlus open(Path file) throws IOException {
		ImagePlus imp = IJ.openImage(file.toString());
		if (imp == null) throw new IOException("cannot open " + file);
		return imp;
	}

	static ImageProcessor fill(ImageProcessor ip, ImageProcessor mask) {
		int w = ip.getWidth(), h = ip.getHeight(), c = ip instanceof ColorProcessor ? 3 : 1;
		boolean[] hole = new boolean[w * h];
		for (int p = 0; p < hole.length; p++) hole[p] = mask.get(p) != 0;
		float[] hwc = new float[w * h * c];
		for (int p = 0; p < hole.length; p++) {
			int v = ip.get(p);
			if (c == 1) hwc[p] = v;
			else for (int k = 0; k < 3; k++) hwc[3 * p + k] = (v >> (16 - 8 * k)) & 0xff;
		}
		float[] out = OpenCvInpainter.TELEA.fill(hwc, w, h, c, hole);
		if (c == 3) {
			ColorProcessor cp = new ColorProcessor(w, h);
			for (int p = 0; p < hole.length; p++)
				cp.set(p, (clamp(out[3 * p], 255) << 16) | (clamp(out[3 * p + 1], 255) << 8) | clamp(out[3 * p + 2], 255));
			return cp;
		}
		ShortProcessor sp = new ShortProcessor(w, h);
		for (int p = 0; p < hole.length; p++) sp.set(p, clamp(out[p], 65535));
		return sp;
	}

	private static int clamp(float v, int max) {
		return (int) Math.max(0, Math.min(max, Math.round(v)));
	}
}
