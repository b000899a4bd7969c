package org.semanticinpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.SourceTree.SourceFile;

/**
 * The arrows between packages, checked on the source text (docs/architecture.md). The plugin (src/main/java:
 * bundle, engine, ij, cli, util) must run in Fiji without the research workbench (workbench/src/main/java: nets,
 * train, data, eval, demo), which its jar leaves out, and the engine must run headless without ImageJ; these rules
 * keep that true as the code grows. A failure names the file and the name it uses.
 */
class PackageRulesTest {

	private static final String P = "org.semanticinpaint";
	private static final String BUNDLE = P + ".bundle", ENGINE = P + ".engine", TEXTURE = ENGINE + ".texture",
		NETS = P + ".nets", IJ = P + ".ij", CLI = P + ".cli", TRAIN = P + ".train", EVAL = P + ".eval",
		DATA = P + ".data", DEMO = P + ".demo";
	/** ImageJ itself: 1.x ({@code ij.*}) and ImageJ2 ({@code net.imagej.*}). */
	private static final List<String> IMAGEJ = List.of("ij", "net.imagej");
	private static final List<String> WORKBENCH = List.of(NETS, TRAIN, EVAL, DATA, DEMO);
	private static final List<String> PLUGIN = List.of(BUNDLE, ENGINE, IJ, CLI);
	/** The ImageJ UI packages: dialogs, the palette window and the entry's messages live here. */
	private static final List<String> UI = List.of(IJ + ".gui", IJ + ".commands", IJ + ".entry");

	/**
	 * Headless-safe java.awt names: values and drawing into images, which work without a screen (labels carry a
	 * Color, holes a Rectangle, reports draw into a BufferedImage). Everything else in java.awt is windowing.
	 */
	private static final List<String> AWT_HEADLESS = List.of("java.awt.Color", "java.awt.Rectangle", "java.awt.Point",
		"java.awt.Dimension", "java.awt.Polygon", "java.awt.Shape", "java.awt.geom", "java.awt.image", "java.awt.Font",
		"java.awt.FontMetrics", "java.awt.Graphics", "java.awt.Graphics2D", "java.awt.RenderingHints",
		"java.awt.BasicStroke");
	/** ij.gui's selections and overlays are image data (a hole is a Roi), not windows. */
	private static final List<String> IJ_GUI_DATA = List.of("ij.gui.Roi", "ij.gui.ImageRoi", "ij.gui.Overlay",
		"ij.gui.PolygonRoi", "ij.gui.ShapeRoi", "ij.gui.OvalRoi", "ij.gui.Line", "ij.gui.PointRoi");

	private static final List<SourceFile> SOURCES = SourceTree.main();

	@Test
	void engineAndBundleNeedNoImageJUiOrWorkbench() {
		List<String> banned = concat(IMAGEJ, List.of(IJ, CLI), WORKBENCH);
		// the network contract (signature names, format version) lives in bundle, so nets is banned here too
		assertEquals(List.of(), uses(f -> f.in(ENGINE) || f.in(BUNDLE), r -> withinAny(r, banned)),
			"engine and bundle run headless, without ImageJ, the CLI or the workbench");
	}

	@Test
	void textureSynthesisStandsAlone() {
		assertEquals(List.of(), uses(f -> f.in(TEXTURE), r -> SourceTree.within(r, P) && !SourceTree.within(r, TEXTURE)),
			"engine.texture works on plain arrays and knows nothing else of the project");
	}

	@Test
	void netsNeedNoEngineUiOrTraining() {
		List<String> banned = concat(IMAGEJ, List.of(ENGINE, IJ, TRAIN, EVAL));
		assertEquals(List.of(), uses(f -> f.in(NETS), r -> withinAny(r, banned)),
			"nets builds graphs for training and export; it must not reach up into the engine, UI or trainers");
	}

	@Test
	void windowsOnlyInTheUiPackages() {
		assertEquals(List.of(), uses(f -> UI.stream().noneMatch(f::in), PackageRulesTest::windowing),
			"windows and dialogs belong in " + UI + ", so that the rest runs headless");
	}

	@Test
	void thePluginNeedsNoWorkbench() {
		Set<String> workbench = packages(true);
		List<String> found = uses(f -> !f.inWorkbench(), r -> workbench.stream().anyMatch(p -> SourceTree.within(r, p)));
		assertEquals(List.of(), found, "the plugin jar leaves the workbench out: the plugin must not need " + workbench);
	}

	@Test
	void eachPackageLivesOnOneSide() throws IOException {
		// the jar plugin splits the classes by package (pom.xml), so a package in both source folders would be cut
		Set<String> both = packages(true);
		both.retainAll(packages(false));
		assertEquals(Set.of(), both, "packages with sources in both src/main/java and workbench/src/main/java");
		Set<String> tops = packages(true).stream().map(p -> WORKBENCH.stream().filter(w -> SourceTree.within(p, w))
			.findFirst().orElse(p)).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(new TreeSet<>(WORKBENCH), tops, "the workbench's packages, as these rules name them");
		assertEquals(tops, jarExcludes(), "the pom's plugin jar must leave out exactly the workbench's packages");
	}

	/** The packages the pom's plugin jar leaves out ({@code <exclude>org/x/y/**</exclude>}). */
	private static Set<String> jarExcludes() throws IOException {
		Matcher m = Pattern.compile("<exclude>([\\w/]+)/\\*\\*</exclude>").matcher(Files.readString(Path.of("pom.xml")));
		Set<String> out = new TreeSet<>();
		while (m.find()) out.add(m.group(1).replace('/', '.'));
		return out;
	}

	@Test
	void openCvOnlyInTheBaselines() {
		// OpenCV is a provided-scope evaluation dependency: any use elsewhere would break the plugin in Fiji
		assertEquals(List.of(), uses(f -> !f.in(EVAL + ".baselines"), r -> withinAny(r, List.of("org.opencv", "nu.pattern"))));
	}

	@Test
	void theRulesSeeEveryPackageTheyName() {
		// a renamed package would otherwise make its rule pass on no files at all
		for (String p : concat(PLUGIN, WORKBENCH, UI, List.of(TEXTURE, EVAL + ".baselines")))
			assertTrue(SOURCES.stream().anyMatch(f -> f.in(p)), "no sources in " + p);
		assertFalse(SOURCES.stream().filter(f -> f.in(ENGINE)).allMatch(f -> f.references().isEmpty()),
			"the reader found no names in the engine");
	}

	/** The packages with sources in the workbench's folder, or in the plugin's. */
	private static Set<String> packages(boolean workbench) {
		return SOURCES.stream().filter(f -> f.inWorkbench() == workbench).map(SourceFile::pkg)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** "file -> name" for every name a file in scope uses that the rule forbids, in a stable order. */
	private static List<String> uses(Predicate<SourceFile> scope, Predicate<String> forbidden) {
		List<String> out = new ArrayList<>();
		for (SourceFile f : SOURCES)
			if (scope.test(f)) for (String r : f.references())
				if (forbidden.test(r)) out.add(f.name() + " -> " + r);
		return out;
	}

	/** Windowing: Swing, java.awt but for its headless values, ij.gui but for selections, ImageJ's frames. */
	static boolean windowing(String r) {
		if (withinAny(r, List.of("javax.swing", "ij.plugin.frame", "ij.text"))) return true;
		if (SourceTree.within(r, "java.awt")) return !withinAny(r, AWT_HEADLESS);
		if (SourceTree.within(r, "ij.gui")) return !withinAny(r, IJ_GUI_DATA);
		return false;
	}

	private static boolean withinAny(String r, List<String> packages) {
		return packages.stream().anyMatch(p -> SourceTree.within(r, p));
	}

	@SafeVarargs
	private static List<String> concat(List<String>... lists) {
		return Stream.of(lists).flatMap(List::stream).toList();
	}
}
