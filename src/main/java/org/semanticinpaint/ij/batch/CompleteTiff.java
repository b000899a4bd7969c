package org.semanticinpaint.ij.batch;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.io.FileInfo;
import ij.io.TiffDecoder;

/**
 * Whether an output TIFF holds all the pixels its header promises. Outputs of this version are complete by
 * construction, but a folder may hold a truncated one from an older version or a copy that was cut short; ImageJ
 * opens those silently with zeroed rows, so a resumed run must redo them rather than keep them.
 */
final class CompleteTiff {

	private CompleteTiff() {}

	/** False when the file ends before its last uncompressed plane does, or has no readable header. */
	static boolean isComplete(Path tiff) {
		try {
			String dir = tiff.toAbsolutePath().getParent() + File.separator;
			FileInfo[] fi = new TiffDecoder(dir, tiff.getFileName().toString()).getTiffInfo();
			if (fi == null || fi.length == 0) return false;
			long end = 0;
			for (FileInfo f : fi) {
				if (f.compression > FileInfo.COMPRESSION_NONE) return true; // its length cannot be told from the header
				long plane = (long) f.width * f.height * f.getBytesPerPixel();
				int n = Math.max(1, f.nImages);
				end = Math.max(end, f.getOffset() + n * plane + (n - 1) * f.getGap());
			}
			return Files.size(tiff) >= end;
		}
		catch (IOException | RuntimeException e) {
			return false;
		}
	}
}
