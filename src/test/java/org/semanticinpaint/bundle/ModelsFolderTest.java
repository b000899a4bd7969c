package org.semanticinpaint.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shipped bundles go to Fiji.app/models/ when the plugin runs in a Fiji.app, else to the user's folder. */
class ModelsFolderTest {

	@TempDir
	Path tmp;

	/** A temporary folder standing in for a Fiji.app, with the plugin jar in plugins/. */
	private Path fijiApp() throws Exception {
		Path app = Files.createDirectories(tmp.resolve("Fiji.app"));
		Files.createDirectories(app.resolve("plugins"));
		Files.createDirectories(app.resolve("jars"));
		Files.writeString(app.resolve("plugins/Semantic_Inpainting-0.1.0.jar"), "stands in for the jar");
		return app;
	}

	private Path userModels() {
		return tmp.resolve("home/.semantic-inpainting/models");
	}

	@Test
	void aPluginJarInAnAppsPluginsFolderUsesTheAppsModels() throws Exception {
		Path app = fijiApp();
		List<Path> c = ModelsFolder.candidates(props(Map.of()), app.resolve("plugins/Semantic_Inpainting-0.1.0.jar"));
		assertEquals(List.of(app.resolve("models"), userModels()), c);
	}

	@Test
	void fijisLauncherPropertiesNameTheApp() throws Exception {
		Path app = fijiApp();
		for (String key : ModelsFolder.APP_PROPERTIES)
			assertEquals(app.resolve("models"), ModelsFolder.candidates(props(Map.of(key, app.toString())), null).get(0), key);
	}

	@Test
	void imageJsPluginsFolderNamesTheApp() throws Exception {
		Path app = fijiApp();
		for (Path dir : List.of(app, app.resolve("plugins")))
			assertEquals(app.resolve("models"), ModelsFolder.candidates(props(Map.of("plugins.dir", dir.toString())), null)
				.get(0), dir.toString());
	}

	@Test
	void outsideAnAppTheUsersFolderAsBefore() throws Exception {
		Path classes = Files.createDirectories(tmp.resolve("target/classes"));
		assertEquals(List.of(userModels()), ModelsFolder.candidates(props(Map.of()), classes));
		Path elsewhere = Files.writeString(tmp.resolve("lib.jar"), "a jar outside plugins/");
		assertEquals(List.of(userModels()), ModelsFolder.candidates(props(Map.of()), elsewhere));
		assertEquals(List.of(userModels()), ModelsFolder.candidates(props(Map.of("imagej.dir", tmp.resolve("gone").toString())), null),
			"a launcher property naming no folder is ignored");
		assertEquals(List.of(userModels()), ModelsFolder.candidates(props(Map.of("plugins.dir", tmp.toString())), null),
			"a plugins.dir without plugins/ is no app");
	}

	@Test
	void aShippedBundleUnpacksIntoTheAppsModelsFolderOnce() throws Exception {
		Path models = ModelsFolder.candidates(props(Map.of("fiji.dir", fijiApp().toString())), null).get(0);
		String name = ShippedBundles.NAMES.get(0);
		Path dir = ShippedBundles.unpackedIn(name, models);
		assertEquals(models, dir.getParent());
		assertTrue(dir.getFileName().toString().startsWith(name + "-"), dir.toString());
		assertTrue(Files.isRegularFile(dir.resolve(ModelCard.FILE)));
		assertTrue(Files.isRegularFile(dir.resolve(NetSignatures.INPAINT + "/saved_model.pb")));
		Files.writeString(dir.resolve("marker"), "kept");
		assertEquals(dir, ShippedBundles.unpackedIn(name, models), "the second time, the unpacked copy");
		assertTrue(Files.exists(dir.resolve("marker")), "not copied again");
		try (ModelBundle b = BundleLoader.load(dir, 1)) {
			assertEquals(name, b.card().name);
		}
	}

	@Test
	void anAppWhoseModelsFolderCannotBeWrittenFallsBackToTheUsersFolder() throws Exception {
		Path app = fijiApp();
		Files.writeString(app.resolve("models"), "a file where the folder should be"); // unwritable, even for root
		List<Path> roots = ModelsFolder.candidates(props(Map.of("imagej.dir", app.toString())), null);
		Path dir = ShippedBundles.unpacked(ShippedBundles.NAMES.get(0), roots);
		assertEquals(userModels(), dir.getParent());
	}

	private UnaryOperator<String> props(Map<String, String> set) {
		return key -> key.equals("user.home") ? tmp.resolve("home").toString() : set.get(key);
	}
}
