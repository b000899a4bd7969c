package org.semanticinpaint.ij.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.io.FileInfo;
import ij.io.Opener;
import ij.io.TiffDecoder;

/**
 * Why ImageJ could not open a file, for the batch summary: "not an image ImageJ can read" was said of empty
 * files, damaged PNGs and text files alike. ImageJ itself only prints its reason, so this asks the same readers
 * ImageJ uses (its TIFF decoder, Java's ImageIO) for theirs. Called only after {@code IJ.openImage} failed.
 */
final class OpenFailure {

	private OpenFailure() {}

	/** A phrase that follows the file's name: "is empty (0 bytes)", "is a damaged PNG file: ...". */
	static String reason(Path file) {
		try {
			if (Files.size(file) == 0) return "is empty (0 bytes)";
		}
		catch (IOException e) {
			return "cannot be read: " + e.getMessage();
		}
		int type = new Opener().getFileType(file.toString());
		if (type == Opener.TIFF) return tiff(file);
		if (type == Opener.PNG || type == Opener.JPEG || type == Opener.GIF || type == Opener.BMP)
			return imageIo(file, kind(type));
		if (type == Opener.TEXT || type == Opener.JAVA_OR_TEXT || type == Opener.TABLE)
			return "is a text file, not an image";
		if (type == Opener.UNKNOWN) return "is in no format ImageJ can read (its first bytes match none it knows)";
		return "is a " + kind(type) + " file that ImageJ could not open as an image";
	}

	private static String tiff(Path file) {
		try {
			FileInfo[] info = new TiffDecoder(file.getParent().toString() + "/", file.getFileName().toString())
				.getTiffInfo();
			if (info == null || info.length == 0) return "is a TIFF file without an image in it";
			return "is a TIFF file ImageJ could not decode (damaged, or a compression ImageJ does not support)";
		}
		catch (IOException | RuntimeException e) {
			return "is a damaged TIFF file: " + e.getMessage();
		}
	}

	private static String imageIo(Path file, String kind) {
		try {
			if (ImageIO.read(file.toFile()) == null) return "is a " + kind + " file that no reader can decode";
			return "is a " + kind + " file that ImageJ could not open";
		}
		catch (IOException | RuntimeException e) {
			return "is a damaged " + kind + " file: " + e.getMessage();
		}
	}

	private static String kind(int type) {
		return switch (type) {
			case Opener.PNG -> "PNG";
			case Opener.JPEG -> "JPEG";
			case Opener.GIF -> "GIF";
			case Opener.BMP -> "BMP";
			case Opener.DICOM, Opener.TIFF_AND_DICOM -> "DICOM";
			case Opener.FITS -> "FITS";
			case Opener.PGM -> "PGM";
			case Opener.ZIP -> "ZIP";
			case Opener.AVI -> "AVI";
			case Opener.ROI -> "ROI";
			case Opener.LUT -> "LUT";
			default -> "non-image";
		};
	}
}
