package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import ij.io.FileInfo;
import ij.io.TiffDecoder;

/**
 * An image's size as its file header states it, read without decoding a pixel, so that an image that cannot fit
 * in memory is refused with a message instead of an {@code OutOfMemoryError} halfway through decoding.
 *
 * @param bytesPerPixel as ImageJ holds it (RGB 4, 16-bit 2, ...)
 */
public record ImageSize(long width, long height, long planes, int bytesPerPixel) {

	/** ImageJ holds the input and the inpainted copy at once; the windows' work is small beside them. */
	static final int COPIES = 2;

	/** The header's size, or null when the header cannot be read (the decoder then says what is wrong). */
	public static ImageSize read(Path file) {
		String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			return n.endsWith(".tif") || n.endsWith(".tiff") ? tiff(file) : imageIo(file);
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** "W x H x P plane(s)" from the header, for messages; "size unknown" when it cannot be read. */
	public static String describe(Path file) {
		ImageSize s = read(file);
		return s == null ? "size unknown" : s.width + " x " + s.height + " x " + s.planes + " plane(s)";
	}

	public long bytes() {
		return width * height * planes * bytesPerPixel;
	}

	/**
	 * Null when the image fits in {@code freeBytes}, else the reason to skip it.
	 * @param freeBytes what the heap can still give (see {@link #freeHeap})
	 */
	public String refusal(long freeBytes) {
		long need = COPIES * bytes();
		if (need <= freeBytes) return null;
		return String.format(Locale.ROOT, "too large for the memory: %d x %d x %d plane(s) need about %.1f GB, " +
			"%.1f GB are free (raise ImageJ's memory in Edit>Options>Memory, or java -Xmx)", width, height, planes,
			need / 1e9, freeBytes / 1e9);
	}

	/** The heap Java may still allocate: its limit minus what is in use. */
	public static long freeHeap() {
		Runtime r = Runtime.getRuntime();
		return r.maxMemory() - (r.totalMemory() - r.freeMemory());
	}

	private static ImageSize tiff(Path file) throws IOException {
		String dir = file.toAbsolutePath().getParent() + java.io.File.separator;
		FileInfo[] fi = new TiffDecoder(dir, file.getFileName().toString()).getTiffInfo();
		if (fi == null || fi.length == 0) return null;
		long planes = fi.length > 1 ? fi.length : Math.max(1, fi[0].nImages);
		return new ImageSize(fi[0].width, fi[0].height, planes, Math.max(1, fi[0].getBytesPerPixel()));
	}

	/** PNG, JPEG, BMP, GIF: ImageJ decodes them through a 4-byte-per-pixel AWT image. */
	private static ImageSize imageIo(Path file) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			if (in == null) return null;
			Iterator<ImageReader> it = ImageIO.getImageReaders(in);
			if (!it.hasNext()) return null;
			ImageReader r = it.next();
			try {
				r.setInput(in, true, true);
				return new ImageSize(r.getWidth(0), r.getHeight(0), 1, 4);
			}
			finally {
				r.dispose();
			}
		}
	}
}
