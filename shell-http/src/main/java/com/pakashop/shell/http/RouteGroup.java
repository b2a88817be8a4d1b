package com.pakashop.shell.http;

import java.util.List;

/** The routes of one capability. */
public interface RouteGroup {

    List<ApiRoute> routes();
}
