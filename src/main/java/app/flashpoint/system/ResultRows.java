package app.flashpoint.system;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A query's rows as column → value, in the database's own types, for exports of whatever a table holds. */
public final class ResultRows {
    private ResultRows() {
    }

    public static List<Map<String, Object>> of(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        var rows = new ArrayList<Map<String, Object>>();
        while (rs.next()) {
            var row = new LinkedHashMap<String, Object>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
