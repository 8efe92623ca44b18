package com.loyaltykpi.broadleaf.kpi;

import com.loyaltykpi.core.kpi.KpiCache;
import com.loyaltykpi.core.kpi.KpiTable;

import net.sf.ehcache.CacheManager;
import net.sf.ehcache.Ehcache;
import net.sf.ehcache.Element;

/**
 * KPI answers in Broadleaf's own ehcache (blCacheManager), region "lkKpiQueries" from the module's
 * bl-loyalty-kpi-ehcache.xml. Entries are keyed by the data version, so stale ones are never read; the
 * region's size and time-to-live only bound the memory they take.
 */
public class EhcacheKpiCache implements KpiCache {

    public static final String REGION = "lkKpiQueries";

    private final CacheManager cacheManager;

    public EhcacheKpiCache(CacheManager cacheManager) {
        this.cacheManager = cacheManager;
    }

    @Override
    public KpiTable get(Object key) {
        Element element = region().get(key);
        return element == null ? null : (KpiTable) element.getObjectValue();
    }

    @Override
    public void put(Object key, KpiTable table) {
        region().put(new Element(key, table));
    }

    private Ehcache region() {
        Ehcache region = cacheManager.getEhcache(REGION);
        if (region == null) {
            cacheManager.addCacheIfAbsent(REGION);
            region = cacheManager.getEhcache(REGION);
        }
        return region;
    }
}
