package org.semanticinpaint.ij;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Real micrographs from ../shared/data when that folder is there (never copied into the repository), small
 * synthetic images of the same kinds otherwise.
 */
public final class TestImages {

	public static final Path DATA = Paths.get("../shared/data");

	private TestImages() {}

	/** An 8-bit electron micrograph, 256 x 256 or larger. */
	public static ImagePlus micrograph8() {
		Path dir = DATA.resolve("em-nanoparticles/images");
		if (Files.isDirectory(dir)) {
			ImagePlus imp = IJ.openImage(dir.resolve("027f25010a.png").toString());
			if (imp != null) {
				if (imp.getType() != ImagePlus.GRAY8) IJ.run(imp, "8-bit", "");
				return calibrated(imp);
			}
		}
		return calibrated(new ImagePlus("synthetic-8bit", synthetic(256, 256, 1).convertToByte(true)));
	}

	/** A 16-bit phase-contrast micrograph cropped to 256 x 256. */
	public static ImagePlus micrograph16() {
		Path f = DATA.resolve("phase-contrast-cells/images/set1.tif");
		if (Files.isRegularFile(f)) {
			ImagePlus imp = IJ.openImage(f.toString());
			if (imp != null && imp.getBitDepth() == 16) {
				imp.setRoi(0, 0, Math.min(256, imp.getWidth()), Math.min(256, imp.getHeight()));
				ImagePlus crop = imp.crop();
				crop.setTitle("set1-crop.tif");
				return calibrated(crop);
			}
		}
		return calibrated(new ImagePlus("synthetic-16bit", synthetic(256, 256, 2)));
	}

	/** A 16-bit stack of {@code n} planes (the micrograph, shifted a little per plane). */
	public static ImagePlus stack16(int n) {
		ImagePlus one = micrograph16();
		ImageStack s = new ImageStack(one.getWidth(), one.getHeight());
		for (int i = 0; i < n; i++) {
			ImageProcessor ip = one.getProcessor().duplicate();
			ip.translate(i * 3, i * 2);
			s.addSlice("plane " + (i + 1), ip);
		}
		ImagePlus imp = new ImagePlus("stack16", s);
		return calibrated(imp);
	}

	static ImageProcessor synthetic(int w, int h, long seed) {
		Random r = new Random(seed);
		ShortProcessor ip = new ShortProcessor(w, h);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				ip.set(x, y, (int) (20000 + 8000 * Math.sin(x * 0.08) * Math.cos(y * 0.06) + r.nextGaussian() * 300));
		return ip;
	}

	private static ImagePlus calibrated(ImagePlus imp) {
		Calibration c = new Calibration();
		c.pixelWidth = c.pixelHeight = 0.25;
		c.setUnit("um");
		imp.setCalibration(c);
		return imp;
	}
}
