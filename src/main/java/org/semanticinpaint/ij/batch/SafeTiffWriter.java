package org.semanticinpaint.ij.batch;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.RoiEncoder;
import ij.io.TiffEncoder;

/**
 * Writes an output TIFF whole or not at all: into {@code .name.tif.part} in the output folder, flushed to disk,
 * then renamed to its final name in one step. A run killed at any moment leaves either the complete file or
 * a {@code .part} file that the next run removes; ImageJ never sees a truncated TIFF under a final name.
 * ImageJ's {@code FileSaver.saveAsTiff} is not used because it reports a full disk in a dialog (which blocks an
 * unattended batch) and writes only the first plane of a stack.
 */
public final class SafeTiffWriter {

	static final String PART = ".part";

	private SafeTiffWriter() {}

	/** The temporary name of an output while it is being written. */
	public static Path partOf(Path target) {
		return target.resolveSibling("." + target.getFileName() + PART);
	}

	/**
	 * @param overwrite replace an existing {@code target}; otherwise an existing one is kept and this fails
	 * @throws FileAlreadyExistsException when {@code target} exists and {@code overwrite} is false
	 */
	public static void write(ImagePlus imp, Path target, boolean overwrite) throws IOException {
		Path part = partOf(target);
		boolean moved = false;
		try {
			encode(imp, part);
			if (overwrite) Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			else publishNew(part, target);
			moved = true;
		}
		finally {
			if (!moved) Files.deleteIfExists(part);
		}
	}

	/** A hard link is created only if the name is free, atomically, so two runs can never replace each other's. */
	private static void publishNew(Path part, Path target) throws IOException {
		try {
			Files.createLink(target, part);
			Files.delete(part);
		}
		catch (UnsupportedOperationException | IOException e) {
			if (e instanceof FileAlreadyExistsException || Files.exists(target)) throw new FileAlreadyExistsException(
				target.toString(), null, "the output exists; it is kept (overwrite was not asked for)");
			// file systems without hard links (FAT, some network shares): a rename, checked just before
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/** The TIFF FileSaver would write (calibration, info, labels, selection, overlay), all planes, synced. */
	private static void encode(ImagePlus imp, Path part) throws IOException {
		FileInfo fi = imp.getFileInfo();
		if (imp.getStackSize() == 1) fi.nImages = 1;
		Object info = imp.getProperty("Info");
		if (info instanceof String s) fi.info = s;
		fi.sliceLabels = imp.getStackSize() > 1 ? imp.getStack().getSliceLabels() : label(imp);
		fi.description = new FileSaver(imp).getDescriptionString();
		fi.roi = RoiEncoder.saveAsByteArray(imp.getRoi());
		fi.overlay = FileSaver.getOverlay(imp);
		try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
			StandardOpenOption.WRITE))
		{
			// the encoder may close its stream; the channel must stay open for force()
			OutputStream os = new FilterOutputStream(Channels.newOutputStream(ch)) {
				@Override
				public void write(byte[] b, int off, int len) throws IOException {
					out.write(b, off, len); // FilterOutputStream would write byte by byte
				}

				@Override
				public void close() throws IOException {
					flush();
				}
			};
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 20));
			new TiffEncoder(fi).write(out);
			out.flush();
			ch.force(true); // on disk before the rename makes it visible
		}
	}

	private static String[] label(ImagePlus imp) {
		Object label = imp.getProperty("Label");
		return label instanceof String s ? new String[] { s } : null;
	}
}
