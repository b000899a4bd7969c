package org.semanticinpaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.semanticinpaint.SourceTree.SourceFile;

/**
 * The jars as built: the plugin jar Fiji users install holds the plugin's packages only, the workbench jar the
 * rest (pom.xml splits the classes by package; PackageRulesTest keeps the split clean in the sources).
 */
class PluginJarIT {

	@Test
	void thePluginJarHoldsNoWorkbenchClasses() throws IOException {
		Set<String> plugin = packages(false), workbench = packages(true);
		assertEquals(plugin, classPackages(jar("")), "the plugin jar's packages are the plugin's sources' packages");
		assertEquals(workbench, classPackages(jar("-workbench")), "the workbench jar holds the workbench");
	}

	private static Set<String> packages(boolean workbench) {
		return SourceTree.main().stream().filter(f -> f.inWorkbench() == workbench).map(SourceFile::pkg)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> classPackages(Path jar) throws IOException {
		try (JarFile j = new JarFile(jar.toFile())) {
			return j.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class"))
				.map(n -> n.substring(0, n.lastIndexOf('/')).replace('/', '.'))
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** target/Semantic_Inpainting-VERSION{suffix}.jar */
	private static Path jar(String suffix) throws IOException {
		try (Stream<Path> s = Files.list(Path.of("target"))) {
			Path found = s.filter(p -> p.getFileName().toString()
				.matches("Semantic_Inpainting-\\d[^-]*(-SNAPSHOT)?" + suffix + "\\.jar")).findFirst().orElse(null);
			assertTrue(found != null, "run after package: no Semantic_Inpainting-*" + suffix + ".jar in target/");
			return found;
		}
	}
}
