// SPDX-License-Identifier: Apache-2.0
package dev.baton.app.shell;

import static dev.baton.app.shell.MenuFactory.button;
import static dev.baton.app.shell.MenuFactory.item;

import dev.baton.app.canvas.Corner;
import dev.baton.app.document.Templates;
import dev.baton.themes.Theme;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** The menu bar and toolbar, with the usual shortcuts. All actions live in {@link MainWindow}. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar menuBar(MainWindow w, Consumer<Theme> themeSwitch) {
        Menu file = new Menu("_File");
        Menu templates = new Menu("New from _Template");
        templates.setId("menuTemplates");
        for (Templates.Template t : Templates.onClasspath()) {
            MenuItem it = new MenuItem((t.incident() ? "Incident: " : "") + t.name());
            it.setOnAction(e -> w.files().newFromTemplate(t));
            templates.getItems().add(it);
        }
        if (templates.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no templates bundled)");
            none.setDisable(true);
            templates.getItems().add(none);
        }
        Menu recent = new Menu("Open _Recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : w.filesViewModel().recent().files()) {
                MenuItem it = new MenuItem(p.toString());
                it.setOnAction(e -> w.files().openRecent(p));
                recent.getItems().add(it);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        w.filesViewModel().recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        file.getItems().addAll(
                item("_New", "menuNew", "Shortcut+N", MaterialDesignF.FILE_OUTLINE, () -> w.files().newDesign()),
                templates,
                item("_Open…", "menuOpen", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, () -> w.files().open()),
                recent,
                new SeparatorMenuItem(),
                item("_Save", "menuSave", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, () -> w.files().save()),
                item("Save _As…", "menuSaveAs", "Shortcut+Shift+S", null, () -> w.files().saveAs()),
                new SeparatorMenuItem(),
                item("Export _PNG…", "menuExportPng", null, null, () -> w.files().exportPng()),
                item("Export S_VG…", "menuExportSvg", null, null, () -> w.files().exportSvg()),
                new SeparatorMenuItem(),
                item("_Quit", "menuQuit", "Shortcut+Q", null, w::requestClose));

        Menu edit = new Menu("_Edit");
        var history = w.document().history();
        MenuItem undo = item("_Undo", "menuUndo", "Shortcut+Z", MaterialDesignU.UNDO, w::undo, history.canUndoProperty());
        undo.textProperty().bind(history.undoLabelProperty().map(l -> l.isEmpty() ? "Undo" : "Undo " + l));
        MenuItem redo = item("_Redo", "menuRedo", "Shortcut+Shift+Z", MaterialDesignR.REDO, w::redo,
                history.canRedoProperty());
        redo.textProperty().bind(history.redoLabelProperty().map(l -> l.isEmpty() ? "Redo" : "Redo " + l));
        edit.getItems().addAll(undo, redo,
                item("Redo (alternative)", "menuRedoY", "Shortcut+Y", null, w::redo, history.canRedoProperty()),
                new SeparatorMenuItem(),
                item("Cu_t", "menuCut", "Shortcut+X", MaterialDesignC.CONTENT_CUT, w::cut),
                item("_Copy", "menuCopy", "Shortcut+C", MaterialDesignC.CONTENT_COPY, w::copy),
                item("_Paste", "menuPaste", "Shortcut+V", MaterialDesignC.CONTENT_PASTE, w::paste),
                item("_Delete", "menuDelete", "Delete", MaterialDesignD.DELETE_OUTLINE, w::delete),
                new SeparatorMenuItem(),
                item("Select _All", "menuSelectAll", "Shortcut+A", null, w::selectAll));
        edit.getItems().get(2).setVisible(false);

        Menu view = new Menu("_View");
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.selectedProperty().bindBidirectional(w.canvas().snapToGridProperty());
        CheckMenuItem grid = new CheckMenuItem("Show Grid");
        grid.selectedProperty().bindBidirectional(w.canvas().showGridProperty());
        CheckMenuItem minimap = new CheckMenuItem("Minimap");
        minimap.selectedProperty().bindBidirectional(w.minimap().visibleProperty());
        Menu corner = new Menu("Minimap Corner");
        ToggleGroup corners = new ToggleGroup();
        for (Corner c : Corner.values()) {
            RadioMenuItem it = new RadioMenuItem(c.displayName());
            it.setId("menuMinimap" + c.displayName().replace(" ", ""));
            it.setToggleGroup(corners);
            it.setSelected(c == w.minimap().cornerProperty().get());
            it.setOnAction(e -> w.minimap().cornerProperty().set(c));
            w.minimap().cornerProperty().addListener((obs, old, now) -> it.setSelected(now == c));
            corner.getItems().add(it);
        }
        Menu theme = new Menu("Theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem it = new RadioMenuItem(t.displayName());
            it.setToggleGroup(themes);
            it.setSelected(t == w.theme());
            it.setOnAction(e -> themeSwitch.accept(t));
            theme.getItems().add(it);
        }
        view.getItems().addAll(
                item("Zoom _In", "menuZoomIn", "Shortcut+Equals", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                        () -> w.canvas().zoom(1.25)),
                item("Zoom _Out", "menuZoomOut", "Shortcut+Minus", MaterialDesignM.MAGNIFY_MINUS_OUTLINE,
                        () -> w.canvas().zoom(0.8)),
                item("Zoom to _Fit", "menuZoomFit", "Shortcut+0", MaterialDesignF.FIT_TO_SCREEN_OUTLINE,
                        () -> w.canvas().zoomToFit()),
                item("Actual Size", "menuZoomActual", "Shortcut+1", null, () -> w.canvas().zoomActual()),
                new SeparatorMenuItem(), snap, grid, minimap, corner, new SeparatorMenuItem(), theme);

        Menu arrange = new Menu("_Arrange");
        arrange.getItems().add(item("_Auto-layout", "menuAutoLayout", "Shortcut+L", MaterialDesignG.GRAPH_OUTLINE,
                w::autoLayout));
        return new MenuBar(file, edit, view, arrange);
    }

    static ToolBar toolBar(MainWindow w) {
        return new ToolBar(
                button(MaterialDesignF.FILE_OUTLINE, "New (Ctrl+N)", "toolNew", () -> w.files().newDesign()),
                button(MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open (Ctrl+O)", "toolOpen", () -> w.files().open()),
                button(MaterialDesignC.CONTENT_SAVE_OUTLINE, "Save (Ctrl+S)", "toolSave", () -> w.files().save()),
                new Separator(),
                button(MaterialDesignU.UNDO, "Undo (Ctrl+Z)", "toolUndo", w::undo),
                button(MaterialDesignR.REDO, "Redo (Ctrl+Shift+Z)", "toolRedo", w::redo),
                new Separator(),
                button(MaterialDesignC.CONTENT_CUT, "Cut (Ctrl+X)", "toolCut", w::cut),
                button(MaterialDesignC.CONTENT_COPY, "Copy (Ctrl+C)", "toolCopy", w::copy),
                button(MaterialDesignC.CONTENT_PASTE, "Paste (Ctrl+V)", "toolPaste", w::paste),
                button(MaterialDesignD.DELETE_OUTLINE, "Delete (Del)", "toolDelete", w::delete),
                new Separator(),
                button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl+=)", "toolZoomIn",
                        () -> w.canvas().zoom(1.25)),
                button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+-)", "toolZoomOut",
                        () -> w.canvas().zoom(0.8)),
                button(MaterialDesignF.FIT_TO_SCREEN_OUTLINE, "Zoom to fit (Ctrl+0)", "toolZoomFit",
                        () -> w.canvas().zoomToFit()),
                button(MaterialDesignG.GRAPH_OUTLINE, "Auto-layout (Ctrl+L)", "toolAutoLayout", w::autoLayout));
    }
}
