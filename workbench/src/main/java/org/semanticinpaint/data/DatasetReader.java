package org.semanticinpaint.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads an images/ + labels/ folder pair (the label of images/x.png or images/x.tif is labels/x.png) into
 * {@link Sample}s, converting labels to classes as the {@link DatasetSpec} says.
 */
public final class DatasetReader {

	private DatasetReader() {}

	public static List<Path> imageFiles(Path root) throws IOException {
		Path images = root.resolve("images");
		if (!Files.isDirectory(images)) throw new IOException("no images/ folder in " + root);
		try (Stream<Path> s = Files.list(images)) {
			return s.filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(png|tif|tiff)$")).sorted().toList();
		}
	}

	public static List<Sample> readAll(Path root, DatasetSpec spec) throws IOException {
		List<Sample> out = new ArrayList<>();
		for (Path p : imageFiles(root)) out.add(read(root, p, spec));
		return out;
	}

	public static Sample read(Path root, Path image, DatasetSpec spec) throws IOException {
		String file = image.getFileName().toString();
		String stem = file.substring(0, file.lastIndexOf('.'));
		int[] d = new int[3];
		float[] px = ImageFiles.readPixels(image, d);
		if (d[2] != spec.channels()) px = toChannels(px, d[0] * d[1], d[2], spec.channels());
		int[] ld = new int[2];
		int[] ids = ImageFiles.readIds(root.resolve("labels").resolve(stem + ".png"), ld);
		if (ld[0] != d[0] || ld[1] != d[1]) throw new IOException("label size " + ld[0] + "x" + ld[1] +
			" differs from image size " + d[0] + "x" + d[1] + " for " + file);
		byte[] labels;
		if (spec.labels().kind() == DatasetSpec.LabelKind.INSTANCE_IDS)
			labels = InstanceToClasses.convert(ids, d[0], d[1], spec.boundaryWidth());
		else {
			labels = new byte[ids.length];
			int k = spec.classes().size();
			for (int i = 0; i < ids.length; i++)
				labels[i] = (byte) (ids[i] == spec.voidId() || ids[i] < 0 || ids[i] >= k ? Sample.IGNORE : ids[i]);
		}
		String group = stem;
		if (spec.groupBySequence() && stem.lastIndexOf('_') > 0) group = stem.substring(0, stem.lastIndexOf('_'));
		return new Sample(stem, group, new RawImage(d[0], d[1], spec.channels(), px), labels);
	}

	private static float[] toChannels(float[] px, int n, int from, int to) {
		float[] out = new float[n * to];
		for (int i = 0; i < n; i++)
			for (int c = 0; c < to; c++) {
				if (to == 1) {
					float s = 0;
					for (int k = 0; k < from; k++) s += px[i * from + k];
					out[i] = s / from;
				}
				else out[i * to + c] = px[i * from + Math.min(c, from - 1)];
			}
		return out;
	}
}
