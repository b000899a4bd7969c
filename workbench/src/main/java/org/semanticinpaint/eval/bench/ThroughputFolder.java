package org.semanticinpaint.eval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * A folder of seeded synthetic images as a user would hand to Inpaint Folder: {@code images/imgNN.tif} (16-bit
 * grayscale, or 8-bit RGB for a 3-channel bundle) and {@code masks/imgNN.tif}, 8-bit, one {@value #HOLE} x
 * {@value #HOLE} square hole each at a seeded place (one hole, so every image costs one window).
 */
final class ThroughputFolder {

	static final int SIDE = 512, HOLE = 64;

	final Path images, masks;

	private ThroughputFolder(Path root) {
		this.images = root.resolve("images");
		this.masks = root.resolve("masks");
	}

	/** Writes {@code n} images and their masks below {@code root}; the same seed gives the same files. */
	static ThroughputFolder write(Path root, int n, int channels, long seed) throws IOException {
		ThroughputFolder f = new ThroughputFolder(root);
		Files.createDirectories(f.images);
		Files.createDirectories(f.masks);
		Random r = new Random(seed);
		for (int i = 0; i < n; i++) {
			String name = String.format(Locale.ROOT, "img%03d.tif", i);
			save(image(channels, seed + i), f.images.resolve(name));
			save(square(r.nextInt(SIDE - 3 * HOLE) + HOLE, r.nextInt(SIDE - 3 * HOLE) + HOLE), f.masks.resolve(name));
		}
		return f;
	}

	private static ImageProcessor image(int channels, long seed) {
		if (channels == 3) {
			byte[] px = Synthetic.rgb8(SIDE, SIDE, seed).update(null).getCurrentStorageArray();
			ColorProcessor cp = new ColorProcessor(SIDE, SIDE);
			int plane = SIDE * SIDE;
			cp.setRGB(Arrays.copyOfRange(px, 0, plane), Arrays.copyOfRange(px, plane, 2 * plane),
				Arrays.copyOfRange(px, 2 * plane, 3 * plane));
			return cp;
		}
		short[] px = Synthetic.gray16(SIDE, SIDE, seed).update(null).getCurrentStorageArray();
		return new ShortProcessor(SIDE, SIDE, px, null);
	}

	private static ImageProcessor square(int x, int y) {
		ByteProcessor m = new ByteProcessor(SIDE, SIDE);
		m.setValue(255);
		m.setRoi(x, y, HOLE, HOLE);
		m.fill();
		return m;
	}

	private static void save(ImageProcessor ip, Path file) throws IOException {
		String name = file.getFileName().toString();
		if (!new FileSaver(new ImagePlus(name, ip)).saveAsTiff(file.toString()))
			throw new IOException("could not write " + file);
	}
}
