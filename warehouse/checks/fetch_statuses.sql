-- A fetch_log row has an unknown kind or status.
SELECT fetch_id, kind, status
FROM fetch_log
WHERE kind NOT IN ('feed', 'page')
   OR status NOT IN ('ok', 'not_modified', 'http_error', 'timeout', 'dns_error', 'connect_error', 'too_large',
                     'too_many_redirects', 'blocked', 'bad_feed', 'bad_page', 'error');
